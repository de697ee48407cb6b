import type { JqlNodeOf, JqlOperand, JqlOperator } from './jql-ast';
import { JqlError } from './jql-error';
import { parseMessages, validationMessages, type Found } from './jql-messages';
import { tokenize, type JqlKeyword, type JqlSymbol, type JqlToken } from './jql-tokenizer';

/** A field as written: `cf[10001]` keeps its number so the checker can name it `customfield_10001`. */
export interface RawField {
  readonly name: string;
  readonly customFieldNumber?: string;
}

export interface RawAst {
  readonly where: JqlNodeOf<RawField> | null;
  readonly orderBy: readonly { readonly field: RawField; readonly direction: 'asc' | 'desc' | null }[];
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const SIMPLE_OPERATORS: ReadonlySet<string> = new Set(['=', '!=', '~', '!~', '<', '>', '<=', '>=']);
// Jira's parser only accepts a bare value when one of these follows it; anything else is
// reported as a missing AND/OR (or a missing ',' / ')' inside a list).
const VALUE_FOLLOWERS: ReadonlySet<string> = new Set(['end', 'or', 'and', ')', ',', 'order']);

/**
 * Recursive descent over Jira's JQL grammar (Jql.g): OR binds loosest, then AND, then NOT,
 * then parentheses and clauses. Errors carry Jira's parser messages and positions.
 */
export function parseSyntax(source: string): RawAst {
  return new Parser(tokenize(source)).query();
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly JqlToken[]) {}

  query(): RawAst {
    const first = this.peek();
    const where = first.kind === 'end' || isKeyword(first, 'order') ? null : this.or();
    const next = this.peek();
    if (where !== null && next.kind !== 'end' && !isKeyword(next, 'order')) fail(parseMessages.logicalOperator(foundToken(next)));
    const orderBy = isKeyword(next, 'order') ? this.orderBy() : [];
    const last = this.peek();
    if (last.kind !== 'end') fail(parseMessages.expected(',', found(last)));
    return { where, orderBy };
  }

  private or(): JqlNodeOf<RawField> {
    const clauses = [this.and()];
    while (isKeyword(this.peek(), 'or')) {
      this.take();
      clauses.push(this.and());
    }
    return clauses.length === 1 && clauses[0] ? clauses[0] : { kind: 'or', clauses };
  }

  private and(): JqlNodeOf<RawField> {
    const clauses = [this.not()];
    while (isKeyword(this.peek(), 'and')) {
      this.take();
      clauses.push(this.not());
    }
    return clauses.length === 1 && clauses[0] ? clauses[0] : { kind: 'and', clauses };
  }

  private not(): JqlNodeOf<RawField> {
    const t = this.peek();
    if (isKeyword(t, 'not') || isSymbol(t, '!')) {
      this.take();
      return { kind: 'not', clause: this.not() };
    }
    if (isSymbol(t, '(')) {
      this.take();
      const inner = this.or();
      this.expectSymbol(')');
      return inner;
    }
    return this.clause();
  }

  private clause(): JqlNodeOf<RawField> {
    const field = this.field();
    const operator = this.operator(field);
    const operand = this.operand(0);
    return { kind: 'clause', field, operator, operand };
  }

  private field(): RawField {
    const t = this.peek();
    if (t.kind === 'number') {
      this.take();
      return { name: t.text };
    }
    if (t.kind === 'word' || t.kind === 'quoted') {
      this.take();
      if (t.text.trim() === '') fail(parseMessages.emptyFieldName(t.pos));
      return { name: t.text };
    }
    if (isKeyword(t, 'cf')) return this.customField();
    return fail(parseMessages.fieldName(found(t)));
  }

  private customField(): RawField {
    this.take();
    this.expectSymbol('[');
    const id = this.peek();
    if (id.kind !== 'number' || id.text.startsWith('-')) return fail(parseMessages.customFieldId(found(id)));
    this.take();
    const number = checkedLong(id).toString();
    this.expectSymbol(']');
    return { name: `cf[${number}]`, customFieldNumber: number };
  }

  private operator(field: RawField): JqlOperator {
    const t = this.peek();
    if (t.kind === 'symbol' && SIMPLE_OPERATORS.has(t.symbol)) {
      this.take();
      return t.symbol as JqlOperator;
    }
    if (t.kind !== 'keyword') return fail(parseMessages.operator(found(t)));
    switch (t.keyword) {
      case 'in':
        this.take();
        return 'in';
      case 'not':
        this.take();
        if (!isKeyword(this.peek(), 'in')) fail(parseMessages.expected('IN', found(this.peek())));
        this.take();
        return 'not in';
      case 'is':
        return this.isOperator();
      case 'was':
      case 'changed':
        return fail(validationMessages.operatorNotSupported(this.historyOperator(), field.name));
      default:
        return fail(parseMessages.operator(found(t)));
    }
  }

  private isOperator(): JqlOperator {
    this.take();
    const next = this.peek();
    if (isKeyword(next, 'not')) {
      this.take();
      return 'is not';
    }
    if (!startsOperand(next)) fail(parseMessages.expected('NOT', found(next)));
    return 'is';
  }

  /** History searches (WAS, CHANGED) are outside the subset; name the operator the way Jira does. */
  private historyOperator(): string {
    const words = [this.take().text.toLowerCase()];
    if (words[0] === 'was' && isKeyword(this.peek(), 'not')) words.push(this.take().text.toLowerCase());
    if (words[0] === 'was' && isKeyword(this.peek(), 'in')) words.push('in');
    return words.join(' ');
  }

  private operand(listDepth: number): JqlOperand {
    const t = this.peek();
    if (isKeyword(t, 'empty')) {
      this.take();
      return { kind: 'empty' };
    }
    if (isSymbol(t, '(')) return this.list(listDepth + 1);
    if (t.kind !== 'word' && t.kind !== 'quoted' && t.kind !== 'number') return fail(parseMessages.operand(found(t)));
    this.take();
    if (isSymbol(this.peek(), '(')) return this.functionCall(t);
    const after = this.peek();
    if (!VALUE_FOLLOWERS.has(followerName(after))) {
      fail(listDepth > 0 ? parseMessages.expectedEither(',', ')', foundToken(after)) : parseMessages.logicalOperator(foundToken(after)));
    }
    if (t.kind === 'number') checkedLong(t);
    return { kind: t.kind === 'number' ? 'number' : 'value', value: t.text };
  }

  private list(depth: number): JqlOperand {
    this.take();
    const items = [this.operand(depth)];
    while (isSymbol(this.peek(), ',')) {
      this.take();
      items.push(this.operand(depth));
    }
    this.expectSymbol(')');
    return { kind: 'list', items };
  }

  private functionCall(name: JqlToken): JqlOperand {
    if (name.text.trim() === '') fail(parseMessages.emptyFunctionName(name.pos));
    this.take();
    const args: string[] = [];
    if (isSymbol(this.peek(), ')')) {
      this.take();
      return { kind: 'function', name: name.text, args };
    }
    const first = this.peek();
    if (first.kind === 'end' || isSymbol(first, ',')) fail(parseMessages.expected(')', found(first)));
    for (;;) {
      args.push(this.argument());
      const next = this.peek();
      if (isSymbol(next, ')')) break;
      if (next.kind === 'end') fail(parseMessages.expected(')', 'end'));
      if (!isSymbol(next, ',')) fail(parseMessages.expectedEither(')', ',', foundToken(next)));
      this.take();
      const afterComma = this.peek();
      if (isSymbol(afterComma, ',') || isSymbol(afterComma, ')')) fail(parseMessages.emptyFunctionArgument(afterComma.pos));
    }
    this.take();
    return { kind: 'function', name: name.text, args };
  }

  private argument(): string {
    const t = this.peek();
    if (t.kind !== 'word' && t.kind !== 'quoted' && t.kind !== 'number') return fail(parseMessages.functionArgument(found(t)));
    this.take();
    return t.text;
  }

  private orderBy(): RawAst['orderBy'] {
    this.take();
    if (!isKeyword(this.peek(), 'by')) fail(parseMessages.expected('by', found(this.peek())));
    this.take();
    const keys: { field: RawField; direction: 'asc' | 'desc' | null }[] = [];
    for (;;) {
      const field = this.field();
      const t = this.peek();
      let direction: 'asc' | 'desc' | null = null;
      if (isKeyword(t, 'asc') || isKeyword(t, 'desc')) {
        this.take();
        direction = t.keyword === 'asc' ? 'asc' : 'desc';
      } else if (t.kind !== 'end' && !isSymbol(t, ',')) {
        fail(parseMessages.sortOrder(foundToken(t)));
      }
      keys.push({ field, direction });
      if (!isSymbol(this.peek(), ',')) return keys;
      this.take();
    }
  }

  private expectSymbol(symbol: JqlSymbol): void {
    const t = this.peek();
    if (!isSymbol(t, symbol)) fail(parseMessages.expected(symbol, found(t)));
    this.take();
  }

  private peek(ahead = 0): JqlToken {
    const t = this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
    if (t === undefined) throw new Error('tokenize() always ends with an end or error token');
    if (t.kind === 'error') fail(t.message);
    return t;
  }

  private take(): JqlToken {
    const t = this.peek();
    this.index += 1;
    return t;
  }
}

function fail(message: string): never {
  throw new JqlError([message]);
}

function isKeyword(t: JqlToken, keyword: JqlKeyword): t is Extract<JqlToken, { kind: 'keyword' }> {
  return t.kind === 'keyword' && t.keyword === keyword;
}

function isSymbol(t: JqlToken, symbol: JqlSymbol): boolean {
  return t.kind === 'symbol' && t.symbol === symbol;
}

function startsOperand(t: JqlToken): boolean {
  return t.kind === 'word' || t.kind === 'quoted' || t.kind === 'number' || isKeyword(t, 'empty') || isSymbol(t, '(');
}

function followerName(t: JqlToken): string {
  if (t.kind === 'end') return 'end';
  if (t.kind === 'keyword') return t.keyword;
  return t.kind === 'symbol' ? t.symbol : '';
}

function found(t: JqlToken): Found {
  return t.kind === 'end' ? 'end' : foundToken(t);
}

/** Jira prints a token's text with line breaks and tabs flattened to spaces. */
function foundToken(t: JqlToken): { text: string; pos: JqlToken['pos'] } {
  return { text: t.text.replace(/\r\n|[\r\n\t]/g, ' '), pos: t.pos };
}

function checkedLong(t: JqlToken): bigint {
  const value = BigInt(t.text);
  if (value < LONG_MIN || value > LONG_MAX) fail(parseMessages.illegalNumber(t.text, t.pos));
  return value;
}
