import type { Position } from './expression-ast';
import { ExpressionSyntaxError } from './expression-error';

export type TokenKind = 'number' | 'string' | 'identifier' | 'punctuator' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The punctuator or identifier text, or the decoded string. */
  readonly text: string;
  readonly number?: number;
  readonly at: Position;
}

// Longest first, so `<=` is not read as `<` then `=`.
const PUNCTUATORS = ['?.', '=>', '&&', '||', '==', '!=', '<=', '>=', '(', ')', '[', ']', ',', '.', '?', ':', '!', '<', '>', '+', '-', '*', '/', '%'];

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', "'": "'", '"': '"', '\\': '\\' };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isIdentifierStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_$]/.test(c);
const isIdentifierPart = (c: string | undefined): boolean => c !== undefined && /[\w$]/.test(c);

/** Splits expression text into tokens; anything outside the subset's lexicon is a syntax error. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Position => ({ line, column: index - lineStart + 1 });

  const readString = (quote: string, at: Position): string => {
    let value = '';
    index += 1;
    for (;;) {
      const c = text[index];
      if (c === undefined || c === '\n') throw new ExpressionSyntaxError('unterminated string literal', at);
      if (c === quote) break;
      if (c === '\\') {
        const next = text[index + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          value += String.fromCharCode(parseInt(text.slice(index + 2, index + 6), 16));
          index += 6;
          continue;
        }
        const escaped = next === undefined ? undefined : ESCAPES[next];
        if (escaped === undefined) throw new ExpressionSyntaxError(`unsupported escape '\\${next ?? ''}'`, here());
        value += escaped;
        index += 2;
        continue;
      }
      value += c;
      index += 1;
    }
    index += 1;
    return value;
  };

  while (index < text.length) {
    const c = text[index] ?? '';
    if (c === '\n') {
      index += 1;
      line += 1;
      lineStart = index;
      continue;
    }
    if (/\s/.test(c)) {
      index += 1;
      continue;
    }
    const at = here();
    if (c === "'" || c === '"') {
      tokens.push({ kind: 'string', text: readString(c, at), at });
      continue;
    }
    if (isDigit(c)) {
      const match = /^\d+(\.\d+)?/.exec(text.slice(index));
      const literal = match?.[0] ?? c;
      index += literal.length;
      tokens.push({ kind: 'number', text: literal, number: Number(literal), at });
      continue;
    }
    if (isIdentifierStart(c)) {
      let end = index + 1;
      while (isIdentifierPart(text[end])) end += 1;
      tokens.push({ kind: 'identifier', text: text.slice(index, end), at });
      index = end;
      continue;
    }
    const strict = ['===', '!=='].find((operator) => text.startsWith(operator, index));
    if (strict !== undefined) throw new ExpressionSyntaxError(`'${strict}' is not supported; use '${strict.slice(0, 2)}'`, at);
    const punctuator = PUNCTUATORS.find((p) => text.startsWith(p, index));
    if (punctuator === undefined) throw new ExpressionSyntaxError(`unexpected character '${c}'`, at);
    // `?.` followed by a digit is a ternary and a number (`a ?.5 : 1`), as in JavaScript.
    const chosen = punctuator === '?.' && isDigit(text[index + 2]) ? '?' : punctuator;
    tokens.push({ kind: 'punctuator', text: chosen, at });
    index += chosen.length;
  }
  tokens.push({ kind: 'end', text: '', at: here() });
  return tokens;
}
