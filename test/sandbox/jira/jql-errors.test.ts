import { JqlError, parseJql } from '../../../sandbox/jira/jql';

const P = 'Error in the JQL Query: ';
const OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
const DATE_FORMATS = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

function messagesOf(jql: string): string[] {
  try {
    parseJql(jql);
  } catch (e) {
    if (e instanceof JqlError) return e.errorMessages;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(jql)} to be rejected`);
}

// Queries and messages from Jira's own parser test suite (TestJqlParsing); positions are 1-based.
describe('syntax errors, as Jira words them', () => {
  it.each<[string, string]>([
    // Unfinished strings and escapes.
    ["labels ~ 'test", "The quoted string 'test' has not been completed. (line 1, character 10)"],
    ["labels = 'test\n", "The quoted string 'test ' has not been completed. (line 1, character 10)"],
    ['labels="test\nword', "The quoted string 'test word' has not been completed. (line 1, character 8)"],
    ["labels = '", 'The quoted string has not been completed. (line 1, character 10)'],
    ["comme\\unt ~ 'test", `'\\un' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 6)`],
    ['labels = "a\\qb"', `'\\q' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 12)`],
    ['labels = a\\u12', `'\\u12' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 11)`],
    ['labels = abc\\', `The escape sequence has not been completed. ${ESCAPES} (line 1, character 13)`],
    // Reserved and illegal characters.
    ['mine{www = qwwr', "The character '{' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007b' instead. (line 1, character 5)"],
    ['minewww# = qwwr', "The character '#' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0023' instead. (line 1, character 8)"],
    ['minewww = qwwr}', "The character '}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007d' instead. (line 1, character 15)"],
    ['created > 2026/01/31', "The character '/' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002f' instead. (line 1, character 15)"],
    ['mqwwr\u007f', "The character 'U+007F' on line 1 at position 6 must be escaped. Use the escape '\\u007f' instead. (line 1, character 6)"],
    ['mqwwr="\u007f this is broken"', "The character 'U+007F' on line 1 at position 8 must be escaped. Use the escape '\\u007f' instead. (line 1, character 8)"],
    ["labels = 'tab\there'", "The character 'U+0009' on line 1 at position 14 must be escaped. Use the escape '\\u0009' instead. (line 1, character 14)"],
    // Numbers outside Java's long.
    ['aaaaa=-3482094382084092840932809482', "'-3482094382084092840932809482' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807. (line 1, character 7)"],
    ['cf[1002020202002020202020202020020202822]=a', "'1002020202002020202020202020020202822' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807. (line 1, character 4)"],
    // Reserved words.
    ['summary ~ for', "'for' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)"],
    ['project = DO', "'DO' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)"],
    // ORDER BY.
    ['a =b order', "Expecting 'by' before the end of the query."],
    ['a =b order summary', "Expecting 'by' but got 'summary'. (line 1, character 12)"],
    ['a =b order by', 'Expecting a field name at the end of the query.'],
    ['a =b order by asc', "Expecting a field name but got 'asc'. You must surround 'asc' in quotation marks to use it as a field name. (line 1, character 15)"],
    ['a =b order by ajsks blah', "Expecting either 'ASC' or 'DESC' but got 'blah'. (line 1, character 21)"],
    ['a =b order by "" desc', 'A field name cannot be empty. (line 1, character 15)'],
    ['order by a desc d', "Expecting ',' but got 'd'. (line 1, character 17)"],
    ['order by key desc,', 'Expecting a field name at the end of the query.'],
    // Field names.
    ["'' = c", 'A field name cannot be empty. (line 1, character 1)'],
    [', a = b', "Expecting a field name but got ','. You must surround ',' in quotation marks to use it as a field name. (line 1, character 1)"],
    ['[brenden] = a', "Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 1)"],
    ['a = brenden and [78] = q', "Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 17)"],
    ['a = b and', 'Expecting a field name at the end of the query.'],
    ['not', 'Expecting a field name at the end of the query.'],
    ['(', 'Expecting a field name at the end of the query.'],
    ['and = x', "Expecting a field name but got 'and'. You must surround 'and' in quotation marks to use it as a field name. (line 1, character 1)"],
    // Custom field ids.
    ['cf', "Expecting '[' before the end of the query."],
    ['a = b and not (cf = 6)', "Expecting '[' but got '='. (line 1, character 19)"],
    ['cf[', 'Expecting a custom field id (a positive number) before the end of the query.'],
    ['cf[ = 9', "Expecting a custom field id (a positive number) but got '='. (line 1, character 5)"],
    ['cf[] = 1', "Expecting a custom field id (a positive number) but got ']'. (line 1, character 4)"],
    ['cf[29829k] = ', "Expecting a custom field id (a positive number) but got '29829k'. (line 1, character 4)"],
    ['cf[-29829] = ', "Expecting a custom field id (a positive number) but got '-29829'. (line 1, character 4)"],
    ['cf[29829 = world', "Expecting ']' but got '='. (line 1, character 10)"],
    ['cf[29829', "Expecting ']' before the end of the query."],
    // Operators.
    ['a', `Expecting operator before the end of the query. ${OPERATORS}`],
    ['invalid query', `Expecting operator but got 'query'. ${OPERATORS} (line 1, character 9)`],
    ['a blah >', `Expecting operator but got 'blah'. ${OPERATORS} (line 1, character 3)`],
    ['a =a and j not is empty', "Expecting 'IN' but got 'is'. (line 1, character 16)"],
    ['a =a and j is ! empty', "Expecting 'NOT' but got '!'. (line 1, character 15)"],
    ['assignee is', "Expecting 'NOT' before the end of the query."],
    ['status not', "Expecting 'IN' before the end of the query."],
    ['status asc Done', `Expecting operator but got 'asc'. ${OPERATORS} (line 1, character 8)`],
    // Functions.
    ["a = ''()", 'A function name cannot be empty. (line 1, character 5)'],
    ['a = ""()', 'A function name cannot be empty. (line 1, character 5)'],
    ['a = func(', "Expecting ')' before the end of the query."],
    ['a = func(, and not (a = x)', "Expecting ')' but got ','. (line 1, character 10)"],
    ['b=func(bad', "Expecting ')' before the end of the query."],
    ['bas=func(bad,)', 'Function argument must be specified. (line 1, character 14)'],
    ['bas=func(bad,', 'Expecting a function argument at the end of the query.'],
    ['k = func(!', "Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument. (line 1, character 10)"],
    ['k = func(abc, jk!)', "Expecting ')' or ',' but got '!'. (line 1, character 17)"],
    // Brackets and lists.
    ['(a=b and c = d', "Expecting ')' before the end of the query."],
    ['a=b or (c=d and not l ~ kate', "Expecting ')' before the end of the query."],
    ['b in ((12, (288)', "Expecting ')' before the end of the query."],
    ['abc IN ((foo) abc = a', "Expecting ')' but got 'abc'. (line 1, character 15)"],
    ['abc in (foo bar)', "Expecting ',' or ')' but got 'bar'. (line 1, character 13)"],
    ['(status = Open order by key', "Expecting ')' but got 'order'. (line 1, character 16)"],
    // Values and joins.
    ['a=', 'Expecting either a value, list or function before the end of the query.'],
    ['a=!', "Expecting either a value, list or function but got '!'. You must surround '!' in quotation marks to use it as a value. (line 1, character 3)"],
    ['status = to', "Expecting either a value, list or function but got 'to'. You must surround 'to' in quotation marks to use it as a value. (line 1, character 10)"],
    ['a=b c=d', "Expecting either 'OR' or 'AND' but got 'c'. (line 1, character 5)"],
    ['a=b !c=d', "Expecting either 'OR' or 'AND' but got '!'. (line 1, character 5)"],
    ['a=(a,', 'Expecting either a value, list or function before the end of the query.'],
    ['a=(a,(,bad))', "Expecting either a value, list or function but got ','. You must surround ',' in quotation marks to use it as a value. (line 1, character 7)"],
    ['a = ((c,d), d, e, f, yyy) and', 'Expecting a field name at the end of the query.'],
    ['comment !~ "brenden" jack = jill', "Expecting either 'OR' or 'AND' but got 'jack'. (line 1, character 22)"],
    ['abc in (foo))', "Expecting either 'OR' or 'AND' but got ')'. (line 1, character 13)"],
    ['assignee is EMPTY labels = x', "Expecting either 'OR' or 'AND' but got 'labels'. (line 1, character 19)"],
    // Positions count lines from 1 and characters from 1 on each line.
    ['project = CMP\nAND labels foo', `Expecting operator but got 'foo'. ${OPERATORS} (line 2, character 12)`],
  ])('%j', (jql, message) => {
    expect(messagesOf(jql)).toEqual([P + message]);
  });
});

describe('errors of meaning, as Jira words them (no prefix, every one reported)', () => {
  it.each<[string, string[]]>([
    ['universe = 42', ["Field 'universe' does not exist or you do not have permission to view it."]],
    ['summary ~ refund', ["Field 'summary' does not exist or you do not have permission to view it."]],
    ['project = CMP ORDER BY rank', ["Field 'rank' does not exist or you do not have permission to view it."]],
    ['status ~ open', ["The operator '~' is not supported by the 'status' field."]],
    ['labels !~ open', ["The operator '!~' is not supported by the 'labels' field."]],
    ['status is EMPTY', ["The operator 'is' is not supported by the 'status' field."]],
    ['statusCategory is not EMPTY', ["The operator 'is not' is not supported by the 'statusCategory' field."]],
    ['project > CMP', ["The operator '>' is not supported by the 'project' field."]],
    ['resolution >= Fixed', ["The operator '>=' is not supported by the 'resolution' field."]],
    ['key is EMPTY', ["The operator 'is' is not supported by the 'key' field."]],
    ['status was Open', ["The operator 'was' is not supported by the 'status' field."]],
    ['status was not in (Open)', ["The operator 'was not in' is not supported by the 'status' field."]],
    ['assignee changed', ["The operator 'changed' is not supported by the 'assignee' field."]],
    ['status in Open', ["Operator 'in' does not support the non-list value '\"Open\"' for field 'status'."]],
    ['status not in 3', ["Operator 'not in' does not support the non-list value '3' for field 'status'."]],
    ['assignee in currentUser()', ["Operator 'in' does not support the non-list value 'currentUser()' for field 'assignee'."]],
    ['status = (Open, Done)', ["Operator '=' does not support the list value '(\"Open\", \"Done\")' for field 'status'."]],
    ['created > (now(), -1d)', ["Operator '>' does not support the list value '(now(), \"-1d\")' for field 'created'."]],
    ['status = (EMPTY, Open)', ["Operator '=' does not support the list value '(EMPTY, \"Open\")' for field 'status'."]],
    ['10000 = x', ["Field '10000' does not exist or you do not have permission to view it."]],
    ['assignee in EMPTY', ["Operator 'in' does not support the empty value representation 'EMPTY' for field 'assignee'."]],
    ['created > EMPTY', ["Operator '>' does not support the empty value representation 'EMPTY' for field 'created'."]],
    ['assignee is bob', ["Operator 'is' does not support searching for non-empty values for field 'assignee'."]],
    ['assignee is not (a, b)', ["Operator 'is not' does not support searching for non-empty values for field 'assignee'."]],
    ['assignee = bogus()', ["Unable to find JQL function 'bogus()'."]],
    ['created > startOfWeek(1, "x")', ["Unable to find JQL function 'startOfWeek(1, x)'."]],
    ['created > now(1)', ["Function 'now' expected '0' arguments but received '1'."]],
    ['assignee = currentUser(me)', ["Function 'currentUser' expected '0' arguments but received '1'."]],
    ['created > startOfDay(1, 2)', ["Function 'startOfDay' expected between '0' and '1' arguments but received '2'."]],
    ['created > startOfDay("invalid")', ["Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier."]],
    ['created > endOfDay(-1h)', ["Duration for function 'endOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier."]],
    ['status = currentUser()', ["A value provided by the function 'currentUser' is invalid for the field 'status'."]],
    ['assignee = now()', ["A value provided by the function 'now' is invalid for the field 'assignee'."]],
    ['created = currentUser()', ["A date for the field 'created' provided by the function 'currentUser' is not valid."]],
    ['created > "20/12/10"', [`Date value '20/12/10' for field 'created' is invalid. ${DATE_FORMATS}`]],
    ['updated >= yesterday', [`Date value 'yesterday' for field 'updated' is invalid. ${DATE_FORMATS}`]],
    ['created = "2026-02-30"', [`Date value '2026-02-30' for field 'created' is invalid. ${DATE_FORMATS}`]],
    ['created < "2026-01-31 24:00"', [`Date value '2026-01-31 24:00' for field 'created' is invalid. ${DATE_FORMATS}`]],
    ['key = foo', ["The issue key 'foo' for field 'key' is invalid."]],
    ['issuekey in (CMP-1, bar)', ["The issue key 'bar' for field 'issuekey' is invalid."]],
    ['statusCategory = Blocked', ["The value 'Blocked' does not exist for the field 'statusCategory'."]],
    ['statusCategory = 7', ["A value with ID '7' does not exist for the field 'statusCategory'."]],
    [
      'foo = 1 AND status ~ x AND created > soon ORDER BY bar',
      [
        "Field 'foo' does not exist or you do not have permission to view it.",
        "The operator '~' is not supported by the 'status' field.",
        `Date value 'soon' for field 'created' is invalid. ${DATE_FORMATS}`,
        "Field 'bar' does not exist or you do not have permission to view it.",
      ],
    ],
    // Jira reports a repeated problem once.
    ['foo = 1 OR foo = 2', ["Field 'foo' does not exist or you do not have permission to view it."]],
  ])('%j', (jql, messages) => {
    expect(messagesOf(jql)).toEqual(messages);
  });
});
