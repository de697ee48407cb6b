import type { BinaryOperator, ExpressionNode } from './expression-ast';
import { ExpressionSyntaxError } from './expression-error';
import { checkLimits, sizeOf, type ExpressionSize } from './expression-limits';
import { tokenize, type Token } from './expression-tokenizer';

/** Binding power of each binary operator; higher binds tighter. The ternary sits below all of them. */
const BINARY: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

const CONSTRUCTIBLE = new Set(['Date', 'CalendarDate']);
const KEYWORDS: Readonly<Record<string, null | boolean>> = { null: null, true: true, false: false };

const describe = (token: Token): string => (token.kind === 'end' ? 'the end of the expression' : `'${token.text}'`);

class Parser {
  private position = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): ExpressionNode {
    const node = this.expression();
    const rest = this.peek();
    if (rest.kind !== 'end') throw new ExpressionSyntaxError(`unexpected ${describe(rest)} after the expression`, rest.at);
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.position + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    this.position += 1;
    return token;
  }

  private isPunctuator(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punctuator' && token.text === text;
  }

  private expect(text: string): Token {
    const token = this.next();
    if (token.kind !== 'punctuator' || token.text !== text) {
      throw new ExpressionSyntaxError(`expected '${text}' but found ${describe(token)}`, token.at);
    }
    return token;
  }

  private identifier(): Token {
    const token = this.next();
    if (token.kind !== 'identifier') throw new ExpressionSyntaxError(`expected a name but found ${describe(token)}`, token.at);
    return token;
  }

  private expression(): ExpressionNode {
    if (this.isLambdaAhead()) return this.lambda();
    const test = this.binary(0);
    if (!this.isPunctuator('?')) return test;
    const at = this.next().at;
    const then = this.expression();
    this.expect(':');
    return { kind: 'conditional', test, then, otherwise: this.expression(), at };
  }

  private isLambdaAhead(): boolean {
    if (this.peek().kind === 'identifier' && this.isPunctuator('=>', 1)) return true;
    return this.isPunctuator('(') && this.peek(1).kind === 'identifier' && this.isPunctuator(')', 2) && this.isPunctuator('=>', 3);
  }

  private lambda(): ExpressionNode {
    const at = this.peek().at;
    const parenthesised = this.isPunctuator('(');
    if (parenthesised) this.next();
    const parameter = this.identifier().text;
    if (parenthesised) this.expect(')');
    this.expect('=>');
    return { kind: 'lambda', parameter, body: this.expression(), at };
  }

  private binary(minPower: number): ExpressionNode {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      const power = token.kind === 'punctuator' ? BINARY[token.text] : undefined;
      if (power === undefined || power <= minPower) return left;
      this.next();
      const right = this.binary(power);
      left = { kind: 'binary', operator: token.text as BinaryOperator, left, right, at: token.at };
    }
  }

  private unary(): ExpressionNode {
    const token = this.peek();
    if (token.kind === 'punctuator' && (token.text === '!' || token.text === '-')) {
      this.next();
      return { kind: 'unary', operator: token.text, operand: this.unary(), at: token.at };
    }
    return this.postfix(this.primary());
  }

  private postfix(start: ExpressionNode): ExpressionNode {
    let node = start;
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'punctuator') return node;
      if (token.text === '.' || token.text === '?.') {
        this.next();
        const optional = token.text === '?.';
        if (optional && this.isPunctuator('[')) {
          this.next();
          node = { kind: 'index', object: node, index: this.expression(), optional, at: token.at };
          this.expect(']');
          continue;
        }
        const name = this.identifier().text;
        if (this.isPunctuator('(')) {
          node = { kind: 'call', object: node, method: name, args: this.argumentList(), optional, at: token.at };
        } else {
          node = { kind: 'member', object: node, name, optional, at: token.at };
        }
        continue;
      }
      if (token.text === '[') {
        this.next();
        node = { kind: 'index', object: node, index: this.expression(), optional: false, at: token.at };
        this.expect(']');
        continue;
      }
      if (token.text === '(') throw new ExpressionSyntaxError('only methods can be called, as in `list.includes(x)`', token.at);
      return node;
    }
  }

  private argumentList(): ExpressionNode[] {
    this.expect('(');
    const args: ExpressionNode[] = [];
    while (!this.isPunctuator(')')) {
      args.push(this.expression());
      if (!this.isPunctuator(')')) this.expect(',');
    }
    this.expect(')');
    return args;
  }

  private primary(): ExpressionNode {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: token.number ?? Number(token.text), at: token.at };
      case 'string':
        return { kind: 'literal', value: token.text, at: token.at };
      case 'identifier':
        if (token.text in KEYWORDS) return { kind: 'literal', value: KEYWORDS[token.text] ?? null, at: token.at };
        if (token.text === 'new') return this.construction(token);
        return { kind: 'identifier', name: token.text, at: token.at };
      case 'punctuator':
        if (token.text === '(') {
          const inner = this.expression();
          this.expect(')');
          return inner;
        }
        if (token.text === '[') return this.listLiteral(token);
        throw new ExpressionSyntaxError(`unexpected ${describe(token)}`, token.at);
      case 'end':
        throw new ExpressionSyntaxError('unexpected end of the expression', token.at);
    }
  }

  private construction(token: Token): ExpressionNode {
    const typeName = this.identifier().text;
    if (!CONSTRUCTIBLE.has(typeName)) throw new ExpressionSyntaxError(`'new ${typeName}' is not supported`, token.at);
    return { kind: 'new', typeName, args: this.argumentList(), at: token.at };
  }

  private listLiteral(token: Token): ExpressionNode {
    const items: ExpressionNode[] = [];
    while (!this.isPunctuator(']')) {
      items.push(this.expression());
      if (!this.isPunctuator(']')) this.expect(',');
    }
    this.expect(']');
    return { kind: 'list', items, at: token.at };
  }
}

/**
 * Parses a Jira expression of the supported subset; throws ExpressionSyntaxError for anything else
 * and ExpressionLimitError for one past Jira's limits on length and leaves.
 */
export function parseExpression(text: string): ExpressionNode {
  const tokens = tokenize(text);
  const node = new Parser(tokens).parse();
  checkLimits(sizeOf(text, tokens));
  return node;
}

/** An expression's size as Jira's limits count it (see EXPRESSION_LIMITS); throws ExpressionSyntaxError for one that does not tokenize. */
export const expressionSize = (text: string): ExpressionSize => sizeOf(text, tokenize(text));
