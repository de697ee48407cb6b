/**
 * Builders for the Jira expressions that Set up project puts on the workflow's Forge conditions
 * and validators. They produce a small subset of the Jira expression language, each construct as
 * Atlassian's Jira expressions reference documents it, so that the sandbox's emulator (which
 * refuses what Jira would refuse) can evaluate every expression the app generates:
 *
 * - literals: `true`, `false`, `null`, integers, strings in single quotes with `\'` and `\\`
 *   escapes;
 * - the context variables `user`, `issue` and (validators only) `originalIssue`, the issue before
 *   the transition screen's edits, and static member access on them and their values:
 *   `user.accountId`, `issue.customfield_10050`; a custom field reads as in REST v3 (a select
 *   field is `{ id, value }`, a text field a String, a number a number), except a date picker,
 *   which is a `CalendarDate`, and a user field, which is a `User`; an empty field reads as `null`;
 * - optional chaining, `issue.assignee?.accountId`: null when the left side is null;
 * - `user.groups`, the names of the user's groups: a List property of the User, not a method;
 * - the method calls `list.includes(value)` and `text.trim()`;
 * - `new CalendarDate()`: today, in the user's time zone;
 * - `==`, `!=`, `<`, `<=`, `>`, `>=` (numbers, and CalendarDates with each other),
 *   `&&`, `||`, the conditional `test ? then : else`, and parentheses.
 *
 * Jira caps an expression at 1,000 characters, so the output is kept short: a comparison is left
 * bare wherever it is an operand of `&&`, `||` or a conditional's test, since comparisons bind
 * tighter than all three; an `&&` inside `||`, and anything compound inside a comparison or a
 * conditional's branches, is parenthesised, so no reader has to know how `&&` and `||` rank.
 */
export type Expression = string & { readonly __brand: 'JiraExpression' };

const asExpression = (text: string): Expression => text as Expression;

/** How loosely an expression's outermost operator binds, loosest first. */
type Level = 'conditional' | 'or' | 'and' | 'comparison' | 'atom';

const COMPARISON = /^(?:==|!=|<=|>=|<|>)/;

/**
 * The loosest operator at the top level of a generated expression, outside strings, parentheses
 * and brackets. The builders only emit `?` for a conditional as ` ? `, and `?.` for optional chaining.
 */
function levelOf(text: string): Level {
  let depth = 0;
  let level: Level = 'atom';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'") {
      for (i += 1; i < text.length && text[i] !== "'"; i += 1) if (text[i] === '\\') i += 1;
    } else if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (depth > 0) continue;
    else if (c === '?' && text[i + 1] !== '.') return 'conditional';
    else if (text.startsWith('||', i)) level = 'or';
    else if (text.startsWith('&&', i) && level !== 'or') level = 'and';
    else if (COMPARISON.test(text.slice(i, i + 2)) && level === 'atom') level = 'comparison';
  }
  return level;
}

const wrapIf = (e: Expression, wrap: (level: Level) => boolean): string => (wrap(levelOf(e)) ? `(${e})` : e);

export const TRUE = asExpression('true');
export const FALSE = asExpression('false');
export const NULL = asExpression('null');

export const str = (value: string): Expression => asExpression(`'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`);

export const num = (value: number): Expression => {
  if (!Number.isInteger(value)) throw new RangeError(`Only integers are generated, not ${value}`);
  return asExpression(String(value));
};

const NAME = /^[A-Za-z_]\w*$/;

/** A property path on a context variable, e.g. `issue.customfield_10050`. */
export const path = (...parts: readonly string[]): Expression => {
  const text = parts.join('.');
  if (!/^(?:user|issue|originalIssue)(?:\.[A-Za-z_]\w*)*$/.test(text)) throw new RangeError(`Not a path on user, issue or originalIssue: ${text}`);
  return asExpression(text);
};

/** `text.trim()`: a String without its surrounding white space. */
export const trimmed = (text: Expression): Expression => {
  if (levelOf(text) !== 'atom') throw new RangeError(`Not a value to trim: ${text}`);
  return asExpression(`${text}.trim()`);
};

/** `base?.name`: the property, or null when `base` is null (Jira's optional chaining). */
export const optional = (base: Expression, name: string): Expression => {
  if (levelOf(base) !== 'atom' || !NAME.test(name)) throw new RangeError(`Not a property access: ${base}?.${name}`);
  return asExpression(`${base}?.${name}`);
};

type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

export const compare = (left: Expression, op: Comparison, right: Expression): Expression => {
  const atom = (level: Level) => level !== 'atom';
  return asExpression(`${wrapIf(left, atom)} ${op} ${wrapIf(right, atom)}`);
};

export const eq = (left: Expression, right: Expression): Expression => compare(left, '==', right);
export const isSet = (value: Expression): Expression => compare(value, '!=', NULL);
export const isUnset = (value: Expression): Expression => compare(value, '==', NULL);

const join = (op: '&&' | '||', neutral: Expression, absorbing: Expression, parts: readonly Expression[]): Expression => {
  if (parts.includes(absorbing)) return absorbing;
  const kept = parts.filter((p) => p !== neutral);
  if (kept.length === 0) return neutral;
  if (kept.length === 1 && kept[0] !== undefined) return kept[0];
  // Same-operator parts join without parentheses (both operators are associative).
  const wrap = op === '&&' ? (level: Level) => level === 'or' || level === 'conditional' : (level: Level) => level === 'and' || level === 'conditional';
  return asExpression(kept.map((part) => wrapIf(part, wrap)).join(` ${op} `));
};

/** Conjunction; `true` parts drop out and a `false` part decides it. */
export const and = (...parts: readonly Expression[]): Expression => join('&&', TRUE, FALSE, parts);

/** Disjunction; `false` parts drop out and a `true` part decides it. */
export const or = (...parts: readonly Expression[]): Expression => join('||', FALSE, TRUE, parts);

export const when = (test: Expression, then: Expression, otherwise: Expression): Expression => {
  const compound = (level: Level) => level !== 'atom' && level !== 'comparison';
  const branch = (level: Level) => level !== 'atom';
  return asExpression(`${wrapIf(test, compound)} ? ${wrapIf(then, branch)} : ${wrapIf(otherwise, branch)}`);
};

/** `user.groups.includes('name')`: membership of a Jira group. `groups` is the User's List property of group names. */
export const userInGroup = (group: string): Expression => asExpression(`user.groups.includes(${str(group)})`);

export const today = (): Expression => asExpression('new CalendarDate()');
