/**
 * The subset of Forge trigger filter expressions (Jira expressions over `event`) that the host
 * evaluates: comparisons `event.a.b == 'text'` or `!=` against a string, number, boolean or null
 * literal, joined by `&&` and `||` (`&&` binds tighter, no parentheses). Anything else is
 * rejected when the manifest loads, so a filter is never silently treated as "match all".
 */
export type EventFilter = (event: unknown) => boolean;

type Literal = string | number | boolean | null;
type Token = { kind: 'path'; segments: string[] } | { kind: 'literal'; value: Literal } | { kind: 'op'; op: '==' | '!=' | '&&' | '||' };

const TOKEN = /\s*(?:(==|!=|&&|\|\|)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*))/y;
const KEYWORDS: Readonly<Record<string, Literal>> = { true: true, false: false, null: null };

const unsupported = (expression: string, why: string): Error =>
  new Error(`Trigger filter "${expression}" is outside what the sandbox evaluates (${why})`);

const tokenize = (expression: string): Token[] => {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expression);
    if (!m) throw unsupported(expression, `unexpected text at ${at}`);
    const [, op, single, double, num, word] = m;
    if (op !== undefined) tokens.push({ kind: 'op', op: op as '==' | '!=' | '&&' | '||' });
    else if (single !== undefined || double !== undefined) tokens.push({ kind: 'literal', value: (single ?? double ?? '').replace(/\\(.)/g, '$1') });
    else if (num !== undefined) tokens.push({ kind: 'literal', value: Number(num) });
    else if (word !== undefined && word in KEYWORDS) tokens.push({ kind: 'literal', value: KEYWORDS[word] ?? null });
    else if (word !== undefined) tokens.push({ kind: 'path', segments: word.split('.') });
  }
  return tokens;
};

const valueAt = (root: unknown, segments: readonly string[]): unknown =>
  segments.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), root);

const comparison = (expression: string, tokens: readonly Token[]): EventFilter => {
  const [left, op, right] = tokens;
  if (tokens.length !== 3 || left?.kind !== 'path' || op?.kind !== 'op' || right?.kind !== 'literal' || (op.op !== '==' && op.op !== '!=')) {
    throw unsupported(expression, 'each part must be `event.path == literal` or `!=`');
  }
  if (left.segments[0] !== 'event') throw unsupported(expression, 'paths start at `event`');
  const path = left.segments.slice(1);
  // Jira expressions compare a missing property as null.
  const equals = (event: unknown) => (valueAt(event, path) ?? null) === right.value;
  return op.op === '==' ? equals : (event) => !equals(event);
};

const splitOn = (tokens: readonly Token[], op: '&&' | '||'): Token[][] =>
  tokens.reduce<Token[][]>(
    (parts, token) => {
      if (token.kind === 'op' && token.op === op) parts.push([]);
      else parts[parts.length - 1]?.push(token);
      return parts;
    },
    [[]],
  );

/** Compiles a manifest filter expression; null (no expression) matches every event. */
export const compileEventFilter = (expression: string | null): EventFilter => {
  if (expression === null || expression.trim() === '') return () => true;
  const disjuncts = splitOn(tokenize(expression), '||').map((any) => splitOn(any, '&&').map((all) => comparison(expression, all)));
  return (event) => disjuncts.some((all) => all.every((test) => test(event)));
};
