/**
 * Jira's own wording for JQL errors, taken from Jira's parser and validator test suites
 * (TestJqlParsing, TestDefaultOperatorUsageValidator, the date and function validators) and
 * from 400 bodies of Jira Cloud. Clients match on these strings, so keep them verbatim.
 */

/** Where a token starts: 1-based line and 1-based character, as Jira prints them. */
export interface JqlPosition {
  readonly line: number;
  readonly column: number;
}

const PREFIX = 'Error in the JQL Query: ';
const at = (pos: JqlPosition): string => ` (line ${pos.line}, character ${pos.column})`;
const VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const VALID_ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
const DATE_FORMATS =
  "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

/** What the parser found where it expected something else: a token's text, or the end of the query. */
export type Found = { readonly text: string; readonly pos: JqlPosition } | 'end';

const gotOrEnd = (found: Found, got: (text: string, pos: JqlPosition) => string, end: string): string =>
  PREFIX + (found === 'end' ? end : got(found.text, found.pos));

export const parseMessages = {
  expected: (what: string, found: Found) =>
    gotOrEnd(found, (t, p) => `Expecting '${what}' but got '${t}'.${at(p)}`, `Expecting '${what}' before the end of the query.`),
  expectedEither: (first: string, second: string, found: { text: string; pos: JqlPosition }) =>
    `${PREFIX}Expecting '${first}' or '${second}' but got '${found.text}'.${at(found.pos)}`,
  logicalOperator: (found: { text: string; pos: JqlPosition }) =>
    `${PREFIX}Expecting either 'OR' or 'AND' but got '${found.text}'.${at(found.pos)}`,
  sortOrder: (found: { text: string; pos: JqlPosition }) =>
    `${PREFIX}Expecting either 'ASC' or 'DESC' but got '${found.text}'.${at(found.pos)}`,
  fieldName: (found: Found) =>
    gotOrEnd(
      found,
      (t, p) =>
        t === '['
          ? `Expecting a field name but got '['. Did you mean 'cf['?${at(p)}`
          : `Expecting a field name but got '${t}'. You must surround '${t}' in quotation marks to use it as a field name.${at(p)}`,
      'Expecting a field name at the end of the query.',
    ),
  operator: (found: Found) =>
    gotOrEnd(
      found,
      (t, p) => `Expecting operator but got '${t}'. ${VALID_OPERATORS}${at(p)}`,
      `Expecting operator before the end of the query. ${VALID_OPERATORS}`,
    ),
  operand: (found: Found) =>
    gotOrEnd(
      found,
      (t, p) =>
        `Expecting either a value, list or function but got '${t}'. You must surround '${t}' in quotation marks to use it as a value.${at(p)}`,
      'Expecting either a value, list or function before the end of the query.',
    ),
  customFieldId: (found: Found) =>
    gotOrEnd(
      found,
      (t, p) => `Expecting a custom field id (a positive number) but got '${t}'.${at(p)}`,
      'Expecting a custom field id (a positive number) before the end of the query.',
    ),
  functionArgument: (found: Found) =>
    gotOrEnd(
      found,
      (t, p) =>
        `Expecting a function argument but got '${t}'. You must surround '${t}' in quotation marks to use it as an argument.${at(p)}`,
      'Expecting a function argument at the end of the query.',
    ),
  emptyFunctionArgument: (pos: JqlPosition) => `${PREFIX}Function argument must be specified.${at(pos)}`,
  emptyFieldName: (pos: JqlPosition) => `${PREFIX}A field name cannot be empty.${at(pos)}`,
  emptyFunctionName: (pos: JqlPosition) => `${PREFIX}A function name cannot be empty.${at(pos)}`,
  illegalNumber: (text: string, pos: JqlPosition) =>
    `${PREFIX}'${text}' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807.${at(pos)}`,
  reservedWord: (word: string, pos: JqlPosition) =>
    `${PREFIX}'${word}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.${at(pos)}`,
  reservedCharacter: (char: string, pos: JqlPosition) =>
    `${PREFIX}The character '${char}' is a reserved JQL character. You must enclose it in a string or use the escape '${unicodeEscape(char)}' instead.${at(pos)}`,
  illegalCharacter: (char: string, pos: JqlPosition) =>
    `${PREFIX}The character '${codePointName(char)}' on line ${pos.line} at position ${pos.column} must be escaped. Use the escape '${unicodeEscape(char)}' instead.${at(pos)}`,
  illegalEscape: (sequence: string, pos: JqlPosition) =>
    `${PREFIX}'${sequence}' is an illegal JQL escape sequence. ${VALID_ESCAPES}${at(pos)}`,
  unfinishedEscape: (pos: JqlPosition) => `${PREFIX}The escape sequence has not been completed. ${VALID_ESCAPES}${at(pos)}`,
  unfinishedString: (content: string, pos: JqlPosition) =>
    content === ''
      ? `${PREFIX}The quoted string has not been completed.${at(pos)}`
      : `${PREFIX}The quoted string '${content}' has not been completed.${at(pos)}`,
};

export const validationMessages = {
  noSuchField: (field: string) => `Field '${field}' does not exist or you do not have permission to view it.`,
  operatorNotSupported: (operator: string, field: string) => `The operator '${operator}' is not supported by the '${field}' field.`,
  nonListValue: (operator: string, display: string, field: string) =>
    `Operator '${operator}' does not support the non-list value '${display}' for field '${field}'.`,
  listValue: (operator: string, display: string, field: string) =>
    `Operator '${operator}' does not support the list value '${display}' for field '${field}'.`,
  emptyValue: (operator: string, field: string) =>
    `Operator '${operator}' does not support the empty value representation 'EMPTY' for field '${field}'.`,
  nonEmptyValue: (operator: string, field: string) =>
    `Operator '${operator}' does not support searching for non-empty values for field '${field}'.`,
  noSuchFunction: (display: string) => `Unable to find JQL function '${display}'.`,
  argumentCount: (fn: string, min: number, max: number, received: number) =>
    min === max
      ? `Function '${fn}' expected '${min}' arguments but received '${received}'.`
      : `Function '${fn}' expected between '${min}' and '${max}' arguments but received '${received}'.`,
  functionDuration: (fn: string) =>
    `Duration for function '${fn}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`,
  functionNotForField: (fn: string, field: string) => `A value provided by the function '${fn}' is invalid for the field '${field}'.`,
  functionNotADate: (fn: string, field: string) => `A date for the field '${field}' provided by the function '${fn}' is not valid.`,
  invalidDate: (value: string, field: string) => `Date value '${value}' for field '${field}' is invalid. ${DATE_FORMATS}`,
  invalidIssueKey: (value: string, field: string) => `The issue key '${value}' for field '${field}' is invalid.`,
  noSuchValue: (value: string, field: string) => `The value '${value}' does not exist for the field '${field}'.`,
  noSuchValueId: (id: string, field: string) => `A value with ID '${id}' does not exist for the field '${field}'.`,
};

export const UNBOUNDED_JQL_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

function unicodeEscape(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
