import {
  evaluate,
  ExprCalendarDate,
  ExprDate,
  ExpressionEvaluationError,
  ExpressionLimitError,
  ExpressionSyntaxError,
  ExpressionTypeError,
  expressionSize,
  checkTypes,
  JiraObject,
  parseExpression,
  type Value,
} from '../../../sandbox/jira/expressions';

/** 2026-03-02T09:00Z, a Monday; in Europe/London it is 09:00 the same day, in Pacific/Auckland 22:00. */
const NOW = Date.UTC(2026, 2, 2, 9, 0);

const user = new JiraObject('User', { accountId: () => 'u-advocate', groups: () => ['complaint-advocates', 'jira-servicemanagement-users'] });
const lead = new JiraObject('User', { accountId: () => 'u-lead' });
const issue = new JiraObject('Issue', {
  id: () => 10001,
  assignee: () => lead,
  reporter: () => null,
  summary: () => '  Charged twice ',
  customfield_10050: () => ({ id: '10100', value: 'Billing' }),
  customfield_10051: () => new ExprCalendarDate('2026-03-02'),
  customfield_10052: () => 4,
  customfield_10053: () => null,
  labels: () => ['refund', 'urgent'],
  properties: () => ({ complaint: { deputy: 'u-deputy', level: 2 } }),
  created: () => new ExprDate(NOW - 86_400_000),
});
const scope = (timeZone = 'Europe/London', variables: Record<string, Value> = {}) => ({
  variables: { user, issue, config: { threshold: 3, groups: ['complaint-managers'] }, ...variables },
  now: NOW,
  timeZone,
});
const run = (text: string, timeZone?: string): Value => evaluate(parseExpression(text), scope(timeZone));

describe('the expression subset evaluates', () => {
  it.each<[string, Value]>([
    ['true', true],
    ["'it\\'s'.length", 4],
    ['"a" + "b" + 1', 'ab1'],
    ['1 + 2 * 3', 7], // 2 * 3 = 6, then 1 + 6 = 7: * binds tighter
    ['(1 + 2) * 3', 9],
    ['10 % 4 - -1', 3], // 10 % 4 = 2, 2 - (-1) = 3
    ["user.accountId == 'u-advocate'", true],
    ["user.groups.includes('complaint-advocates')", true],
    ["user.groups.includes('complaint-managers')", false],
    ["['a', 'b'].includes(user.accountId)", false],
    ['issue.assignee.accountId', 'u-lead'],
    ['issue.reporter?.accountId', null],
    ['issue.reporter?.accountId.length', null], // the ?. short-circuits the rest of the chain
    ['issue.reporter == null', true],
    ["issue.customfield_10050.value == 'Billing'", true],
    ['issue.customfield_10050.missing', null], // a Map answers null for a key it lacks
    ['issue.customfield_10053 != null', false],
    ['issue.customfield_10052 >= 1 && issue.customfield_10052 <= 5', true],
    ['issue.summary.trim().length > 0', true],
    ["issue.properties['complaint'].deputy", 'u-deputy'],
    ['issue.properties.complaint.level >= config.threshold', false], // 2 >= 3 is false
    ["issue.labels.some(l => l == 'urgent') && issue.labels.every((l) => l.length > 2)", true],
    ["issue.labels.filter(l => l.startsWith('r')).map(l => l.toUpperCase())", ['REFUND']],
    ["['a', 'b'].includes('b') ? 'yes' : 'no'", 'yes'],
    ['false || !true ? 1 : 2', 2], // (false || false) ? 1 : 2
    ['issue.labels[1]', 'urgent'],
    ['issue.labels[-1]', 'urgent'],
    ['config.groups[0]', 'complaint-managers'],
    ['issue.created < new Date()', true],
    ['new Date().getTime()', NOW],
    ["new CalendarDate() == new CalendarDate('2026-03-02')", true],
    // The deadline is today in London.
    ['issue.customfield_10051 >= new CalendarDate()', true],
    ['issue.customfield_10051 >= new Date().toCalendarDate()', true],
    ["issue.customfield_10051 < new CalendarDate('2026-03-03')", true],
    ['new Date().toCalendarDate().toString()', '2026-03-02'],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it('reads "today" in the caller’s time zone', () => {
    // 09:00Z on 2 March is 22:00 on 2 March in Auckland (UTC+13) and 01:00 on 2 March in Los Angeles (UTC-8).
    expect(run("new CalendarDate() == new CalendarDate('2026-03-02')", 'Pacific/Auckland')).toBe(true);
    const evening = { ...scope('Pacific/Auckland'), now: Date.UTC(2026, 2, 2, 12, 0) }; // 12:00Z = 01:00 on 3 March in Auckland
    expect(evaluate(parseExpression('new CalendarDate().toString()'), evening)).toBe('2026-03-03');
  });

  it('short-circuits && and || before the right side could fail', () => {
    expect(run('issue.reporter != null && issue.reporter.accountId == user.accountId')).toBe(false);
    expect(run('issue.reporter == null || issue.reporter.accountId == user.accountId')).toBe(true);
  });
});

describe('anything outside the subset is a clear syntax error', () => {
  it.each<[string, string]>([
    ['a === b', "line 1, column 3: '===' is not supported; use '=='"],
    ['a !== b', "line 1, column 3: '!==' is not supported; use '!='"],
    ['issue.summary = 1', "line 1, column 15: unexpected character '='"],
    ['issue.', "line 1, column 7: expected a name but found the end of the expression"],
    ["'open", 'line 1, column 1: unterminated string literal'],
    ['(1 + 2', "line 1, column 7: expected ')' but found the end of the expression"],
    ['1 2', "line 1, column 3: unexpected '2' after the expression"],
    ['new Issue(1)', "line 1, column 1: 'new Issue' is not supported"],
    ['includes(1)', 'line 1, column 9: only methods can be called, as in `list.includes(x)`'],
    ['`x`', "line 1, column 1: unexpected character '`'"],
    ["'a\\q'", "line 1, column 3: unsupported escape '\\q'"],
    ['a ? b', "line 1, column 6: expected ':' but found the end of the expression"],
    ['true &&\n  ', 'line 2, column 3: unexpected end of the expression'],
  ])('%s', (text, message) => {
    expect(() => parseExpression(text)).toThrow(ExpressionSyntaxError);
    expect(() => parseExpression(text)).toThrow(`Jira expression syntax error at ${message}`);
  });
});

describe('evaluation errors say what failed and where', () => {
  it.each<[string, string]>([
    ['issue.reporter.accountId', "line 1, column 15: cannot read 'accountId' of null; use '?.' where a value may be missing"],
    ["issue.reporter.groups.includes('x')", "line 1, column 15: cannot read 'groups' of null; use '?.' where a value may be missing"],
    ["new CalendarDate('March')", 'line 1, column 1: new CalendarDate() takes no argument or a YYYY-MM-DD String'],
  ])('%s', (text, message) => {
    expect(() => run(text)).toThrow(ExpressionEvaluationError);
    expect(() => run(text)).toThrow(`Jira expression evaluation failed at ${message}`);
  });
});

describe('what Jira’s type checker refuses is a type error, before anything runs', () => {
  it('refuses user.groups(): groups is a List property of the User, not a method', () => {
    expect(() => run("user.groups().includes('complaint-advocates')")).toThrow(ExpressionTypeError);
    expect(() => run("user.groups().includes('complaint-advocates')")).toThrow(
      "Jira expression type error at line 1, column 5: 'groups' is a property of User, not a method: read it without parentheses, as .groups",
    );
    // The property form is what the reference documents.
    expect(run("user.groups.includes('complaint-advocates')")).toBe(true);
  });

  it('keeps the emulator’s own objects to the types: a User cannot offer groups as a method', () => {
    expect(() => new JiraObject('User', { accountId: () => 'u' }, { groups: () => [] })).toThrow('User has no groups of that kind in expression-types.ts');
    expect(() => new JiraObject('Issue', { nothing: () => null })).toThrow('Issue has no nothing of that kind');
  });

  it('refuses a wrong part even where && or || would never reach it', () => {
    expect(() => run("true || user.groups().includes('x')")).toThrow(ExpressionTypeError);
    expect(() => run("false && user.groups().includes('x')")).toThrow(ExpressionTypeError);
    expect(() => run("issue.reporter == null ? true : issue.reporter.nothing")).toThrow("User has no property 'nothing'");
  });

  it.each<[string, string]>([
    // A property called as a method, a method read as a property, a member the type lacks.
    ['user.accountId()', "line 1, column 5: 'accountId' is a property of User, not a method: read it without parentheses, as .accountId"],
    ['issue.labels.length()', "line 1, column 13: 'length' is a property of List<String>, not a method: read it without parentheses, as .length"],
    ['issue.summary.trim', "line 1, column 14: 'trim' is a method of String, not a property: call it, as trim()"],
    ["issue.labels.includes == 'x'", "line 1, column 13: 'includes' is a method of List<String>, not a property: call it, as includes()"],
    ['new Date().getTime > 0', "line 1, column 11: 'getTime' is a method of Date, not a property: call it, as getTime()"],
    ['new CalendarDate().toString', "line 1, column 19: 'toString' is a method of CalendarDate, not a property: call it, as toString()"],
    ['issue.nothing', "line 1, column 6: Issue has no property 'nothing'"],
    ['user.nothing()', "line 1, column 5: User has no method 'nothing'"],
    ['user.groups.nope()', "line 1, column 12: List<String> has no method 'nope'"],
    ['issue.assignee.groups.size', "line 1, column 22: List<String> has no property 'size'"],
    ['issue.customfield_99999', "line 1, column 6: Issue has no property 'customfield_99999'"],
    ['issue.id.value', "line 1, column 9: Number has no property 'value'"],
    ['unknown == 1', "line 1, column 1: unknown identifier 'unknown'"],
    // Arguments and operands of the wrong type or number.
    ["'a'.includes()", 'line 1, column 4: includes() takes 1 argument(s), not 0'],
    ["'a'.startsWith(1)", 'line 1, column 4: startsWith() takes a String, not Number'],
    ['issue.labels.includes(1)', 'line 1, column 13: includes() takes a String, not Number'],
    ['issue.labels.some(1)', 'line 1, column 13: some() needs an arrow function, as in x => x != null'],
    ['issue.labels.some(l => l)', 'line 1, column 13: the function given to some() must return a Boolean'],
    ['1 && true', "line 1, column 3: the left side of '&&' must be a Boolean, not Number"],
    ['!issue.summary', "line 1, column 1: the operand of '!' must be a Boolean, not String"],
    ["issue.summary ? 1 : 2", 'line 1, column 15: the condition of a ternary must be a Boolean, not String'],
    ["'a' < 1", "line 1, column 5: Can't compare String to Number."],
    // A Date is an instant and a CalendarDate a day: Jira documents no comparison between them.
    ['issue.created < new CalendarDate()', "line 1, column 15: Can't compare Date to CalendarDate."],
    ['issue.labels - 1', "line 1, column 14: '-' needs two Numbers, not List<String> and Number"],
    ["new CalendarDate(1)", 'line 1, column 1: new CalendarDate() takes a String, not Number'],
  ])('%s', (text, message) => {
    expect(() => run(text)).toThrow(ExpressionTypeError);
    expect(() => run(text)).toThrow(`Jira expression type error at ${message}`);
  });

  it.each<[string, string]>([
    // Custom fields and Map entries show their type only at run time, where the same refusals apply.
    // A select field is a Map { id, value }: its entries read as properties, and a Map has no methods.
    ['issue.customfield_10050.value()', "line 1, column 24: Map has no method 'value'"],
    ['issue.customfield_10051.toString', "line 1, column 24: 'toString' is a method of CalendarDate, not a property: call it, as toString()"],
    ['issue.customfield_10052.length', "line 1, column 24: Number has no property 'length'"],
    ['issue.customfield_10051 >= new Date()', "line 1, column 25: Can't compare CalendarDate to Date."],
    ['issue.customfield_10052 > 1 && config.threshold', "line 1, column 29: the right side of '&&' must be a Boolean, not Number"],
  ])('%s, at run time', (text, message) => {
    expect(() => checkTypes(parseExpression(text), scope().variables)).not.toThrow();
    expect(() => run(text)).toThrow(ExpressionTypeError);
    expect(() => run(text)).toThrow(`Jira expression type error at ${message}`);
  });
});

describe('Jira’s limits on an expression', () => {
  const condition = (n: number) => Array.from({ length: n }, (_, i) => `user.accountId == 'u${i}'`).join(' || ');

  it('counts characters, and every name and literal as a leaf', () => {
    expect(expressionSize("user.groups.includes('x') && new CalendarDate() != null")).toEqual({ characters: 55, leaves: 6 });
  });

  it('refuses an expression of more than 1,000 characters, in Jira’s words', () => {
    const long = `user.accountId == '${'x'.repeat(981)}'`;
    expect(long.length).toBe(1001);
    expect(() => parseExpression(long)).toThrow(ExpressionLimitError);
    expect(() => parseExpression(long)).toThrow('Jira expression is too long (1001), limit: 1000 characters');
    expect(() => parseExpression(long.slice(0, -2) + "'")).not.toThrow();
  });

  it('refuses an expression of more than 100 leaves, in Jira’s words', () => {
    // Three leaves a comparison: user, accountId and the string.
    expect(() => parseExpression(condition(33))).not.toThrow();
    expect(() => parseExpression(`${condition(33)} || true`)).not.toThrow();
    expect(() => parseExpression(condition(34))).toThrow('Jira expression has too many nodes (102), limit: 100 leaves');
  });
});
