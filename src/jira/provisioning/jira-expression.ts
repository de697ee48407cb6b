/**
 * Builders for the Jira expressions that Set up project puts on the workflow's Forge conditions
 * and validators. They produce a deliberately small subset of the Jira expression language, so
 * that the sandbox's emulator can evaluate every expression the app generates:
 *
 * - literals: `true`, `false`, `null`, integers, and strings in single quotes with `\'` and `\\` escapes;
 * - the context variables `user` and `issue`, and property access on them and their values:
 *   `user.accountId`, `issue.assignee.accountId`, `issue.customfield_10050.value`;
 *   a custom field reads as in REST v3 (a select field is `{ id, value }`, a date picker is a
 *   `CalendarDate`, a number is a number, text is text), and an empty field reads as `null`;
 * - the calls `user.groups()` (the names of the user's groups) and `list.includes(string)`;
 * - `new CalendarDate()`: today, in the user's time zone;
 * - `==`, `!=`, `<`, `<=`, `>`, `>=` (numbers, and CalendarDates with each other),
 *   `&&`, `||`, the conditional `test ? then : else`, and parentheses.
 *
 * Every compound operand is parenthesised, so the output never relies on precedence.
 */
export type Expression = string & { readonly __brand: 'JiraExpression' };

const asExpression = (text: string): Expression => text as Expression;

const ATOMIC = /^(?:[A-Za-z_][\w.]*(?:\(\))?|'(?:[^'\\]|\\.)*'|-?\d+)$/;

/** Wraps anything but an atom (a path, a call without arguments, a literal) in parentheses. */
const operand = (e: Expression): string => (ATOMIC.test(e) ? e : `(${e})`);

export const TRUE = asExpression('true');
export const FALSE = asExpression('false');
export const NULL = asExpression('null');

export const str = (value: string): Expression => asExpression(`'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`);

export const num = (value: number): Expression => {
  if (!Number.isInteger(value)) throw new RangeError(`Only integers are generated, not ${value}`);
  return asExpression(String(value));
};

/** A property path on a context variable, e.g. `issue.customfield_10050.value`. */
export const path = (...parts: readonly string[]): Expression => {
  const text = parts.join('.');
  if (!/^(?:user|issue)(?:\.[A-Za-z_]\w*)*$/.test(text)) throw new RangeError(`Not a path on user or issue: ${text}`);
  return asExpression(text);
};

type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

export const compare = (left: Expression, op: Comparison, right: Expression): Expression =>
  asExpression(`${operand(left)} ${op} ${operand(right)}`);

export const eq = (left: Expression, right: Expression): Expression => compare(left, '==', right);
export const isSet = (value: Expression): Expression => compare(value, '!=', NULL);
export const isUnset = (value: Expression): Expression => compare(value, '==', NULL);

const join = (op: '&&' | '||', neutral: Expression, absorbing: Expression, parts: readonly Expression[]): Expression => {
  if (parts.includes(absorbing)) return absorbing;
  const kept = parts.filter((p) => p !== neutral);
  if (kept.length === 0) return neutral;
  if (kept.length === 1 && kept[0] !== undefined) return kept[0];
  return asExpression(kept.map(operand).join(` ${op} `));
};

/** Conjunction; `true` parts drop out and a `false` part decides it. */
export const and = (...parts: readonly Expression[]): Expression => join('&&', TRUE, FALSE, parts);

/** Disjunction; `false` parts drop out and a `true` part decides it. */
export const or = (...parts: readonly Expression[]): Expression => join('||', FALSE, TRUE, parts);

export const when = (test: Expression, then: Expression, otherwise: Expression): Expression =>
  asExpression(`${operand(test)} ? ${operand(then)} : ${operand(otherwise)}`);

/** `user.groups().includes('name')`: membership of a Jira group. */
export const userInGroup = (group: string): Expression => asExpression(`user.groups().includes(${str(group)})`);

export const today = (): Expression => asExpression('new CalendarDate()');
