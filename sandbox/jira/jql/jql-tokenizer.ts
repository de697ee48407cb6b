import { parseMessages, type JqlPosition } from './jql-messages';
import { RESERVED_WORDS } from './jql-reserved-words';

export type JqlKeyword =
  | 'and' | 'or' | 'not' | 'in' | 'is' | 'empty' | 'order' | 'by' | 'asc' | 'desc' | 'cf'
  | 'was' | 'changed' | 'before' | 'after' | 'from' | 'to' | 'on' | 'during';

export type JqlSymbol = '(' | ')' | ',' | '[' | ']' | '=' | '!=' | '~' | '!~' | '<' | '>' | '<=' | '>=' | '!';

/** `text` is what an error message quotes: the decoded value, or the keyword as typed. */
export type JqlToken =
  | { readonly kind: 'word' | 'quoted' | 'number'; readonly text: string; readonly pos: JqlPosition }
  | { readonly kind: 'keyword'; readonly keyword: JqlKeyword; readonly text: string; readonly pos: JqlPosition }
  | { readonly kind: 'symbol'; readonly symbol: JqlSymbol; readonly text: string; readonly pos: JqlPosition }
  | { readonly kind: 'end'; readonly text: ''; readonly pos: JqlPosition }
  | { readonly kind: 'error'; readonly message: string; readonly text: string; readonly pos: JqlPosition };

// Jira's lexer matches these as keywords only when the whole unquoted word is exactly one of them.
const KEYWORDS: ReadonlyMap<string, JqlKeyword> = new Map<string, JqlKeyword>([
  ...(['and', 'or', 'not', 'in', 'is', 'empty', 'order', 'by', 'asc', 'desc', 'cf'] as const).map((k) => [k, k] as const),
  ...(['was', 'changed', 'before', 'after', 'from', 'to', 'on', 'during'] as const).map((k) => [k, k] as const),
  ['null', 'empty'],
]);
const SYMBOLS = new Set(['(', ')', ',', '[', ']', '=', '~']);
const RESERVED_CHARACTERS = new Set(['{', '}', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';']);
const WORD_STOP = new Set([...SYMBOLS, '"', "'", '!', '<', '>', '|', '&', ...RESERVED_CHARACTERS]);
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['t', '\t'], ['n', '\n'], ['r', '\r'], ['"', '"'], ["'", "'"], ['\\', '\\'], [' ', ' '],
]);

// Jira's CONTROLCHARS: a tab is whitespace between tokens but illegal inside a quoted string.
const CONTROL_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x09], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x9f], [0xfdd0, 0xfdef], [0xfffe, 0xffff],
];
const isControl = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return CONTROL_RANGES.some(([from, to]) => code >= from && code <= to);
};

class Cursor {
  index = 0;
  line = 1;
  column = 1;

  constructor(readonly source: string) {}

  peek(ahead = 0): string | undefined {
    return this.source[this.index + ahead];
  }

  pos(): JqlPosition {
    return { line: this.line, column: this.column };
  }

  take(): string {
    const c = this.source[this.index] ?? '';
    this.index += 1;
    if (c === '\n') {
      this.line += 1;
      this.column = 1;
    } else {
      this.column += 1;
    }
    return c;
  }
}

class LexError extends Error {
  constructor(readonly jqlMessage: string, readonly pos: JqlPosition) {
    super(jqlMessage);
  }
}

/**
 * Splits a query into tokens the way Jira's ANTLR lexer does. It never throws: a lexing error
 * becomes the last token, so the parser reports it only if it reads that far, as Jira does.
 */
export function tokenize(source: string): JqlToken[] {
  const cursor = new Cursor(source);
  const tokens: JqlToken[] = [];
  for (;;) {
    while (WHITESPACE.has(cursor.peek() ?? '')) cursor.take();
    const c = cursor.peek();
    if (c === undefined) {
      tokens.push({ kind: 'end', text: '', pos: cursor.pos() });
      return tokens;
    }
    try {
      tokens.push(readToken(cursor, c));
    } catch (e) {
      if (!(e instanceof LexError)) throw e;
      tokens.push({ kind: 'error', message: e.jqlMessage, text: '', pos: e.pos });
      return tokens;
    }
  }
}

function readToken(cursor: Cursor, c: string): JqlToken {
  const pos = cursor.pos();
  if (c === '"' || c === "'") return readQuoted(cursor);
  if (SYMBOLS.has(c)) return symbol(cursor.take() as JqlSymbol, pos);
  if (c === '!' || c === '<' || c === '>') {
    cursor.take();
    const next = cursor.peek();
    if ((c === '!' && (next === '=' || next === '~')) || (c !== '!' && next === '=')) {
      return symbol(`${c}${cursor.take()}` as JqlSymbol, pos);
    }
    return symbol(c, pos);
  }
  if (c === '&' || c === '|') {
    let text = cursor.take();
    if (cursor.peek() === c) text += cursor.take();
    return { kind: 'keyword', keyword: c === '&' ? 'and' : 'or', text, pos };
  }
  if (RESERVED_CHARACTERS.has(c)) throw new LexError(parseMessages.reservedCharacter(c, pos), pos);
  if (isControl(c)) throw new LexError(parseMessages.illegalCharacter(c, pos), pos);
  return readWord(cursor);
}

function symbol(s: JqlSymbol, pos: JqlPosition): JqlToken {
  return { kind: 'symbol', symbol: s, text: s, pos };
}

function readWord(cursor: Cursor): JqlToken {
  const pos = cursor.pos();
  let text = '';
  let escaped = false;
  for (let c = cursor.peek(); c !== undefined && !WHITESPACE.has(c) && !WORD_STOP.has(c); c = cursor.peek()) {
    if (isControl(c)) throw new LexError(parseMessages.illegalCharacter(c, cursor.pos()), cursor.pos());
    if (c === '\\') {
      text += readEscape(cursor);
      escaped = true;
    } else {
      text += cursor.take();
    }
  }
  const keyword = escaped ? undefined : KEYWORDS.get(text.toLowerCase());
  if (keyword) return { kind: 'keyword', keyword, text, pos };
  if (!escaped && /^-?\d+$/.test(text)) return { kind: 'number', text, pos };
  if (RESERVED_WORDS.has(text.toLowerCase())) throw new LexError(parseMessages.reservedWord(text, pos), pos);
  return { kind: 'word', text, pos };
}

function readQuoted(cursor: Cursor): JqlToken {
  const pos = cursor.pos();
  const quote = cursor.take();
  const start = cursor.index;
  let text = '';
  for (let c = cursor.peek(); c !== quote; c = cursor.peek()) {
    if (c === undefined) {
      const rest = cursor.source.slice(start).replace(/\r\n|[\r\n\t]/g, ' ');
      throw new LexError(parseMessages.unfinishedString(rest, pos), pos);
    }
    if (isControl(c)) throw new LexError(parseMessages.illegalCharacter(c, cursor.pos()), cursor.pos());
    text += c === '\\' ? readEscape(cursor) : cursor.take();
  }
  cursor.take();
  return { kind: 'quoted', text, pos };
}

function readEscape(cursor: Cursor): string {
  const pos = cursor.pos();
  cursor.take();
  const kind = cursor.peek();
  if (kind === undefined) throw new LexError(parseMessages.unfinishedEscape(pos), pos);
  cursor.take();
  const simple = SIMPLE_ESCAPES.get(kind);
  if (simple !== undefined) return simple;
  if (kind !== 'u') throw new LexError(parseMessages.illegalEscape(`\\${kind}`, pos), pos);
  let hex = '';
  while (hex.length < 4) {
    const h = cursor.peek();
    if (h === undefined) break;
    hex += cursor.take();
    if (!/[0-9a-fA-F]/.test(h)) break;
  }
  if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new LexError(parseMessages.illegalEscape(`\\u${hex}`, pos), pos);
  return String.fromCharCode(parseInt(hex, 16));
}
