import type { ExpressionNode, Position } from './expression-ast';
import { builtinMethod, builtinProperty, noSuchMember } from './expression-builtins';
import { ExpressionEvaluationError } from './expression-error';
import { applyBinary } from './expression-operators';
import { calendarDateOf, ExprCalendarDate, ExprDate, isList, isMap, JiraObject, Lambda, typeNameOf, type Value } from './expression-values';

/** What an expression runs against: its variables, the clock and the caller's time zone. */
export interface EvaluationScope {
  readonly variables: Readonly<Record<string, Value>>;
  readonly now: number;
  readonly timeZone: string;
}

/** Returned through a member chain whose `?.` met null; the chain as a whole is then null. */
const SHORT_CIRCUIT = Symbol('short-circuit');
type ChainResult = Value | typeof SHORT_CIRCUIT;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireBoolean(value: Value, what: string, at: Position): boolean {
  if (typeof value !== 'boolean') throw new ExpressionEvaluationError(`${what} must be a Boolean, not ${typeNameOf(value)}`, at);
  return value;
}

function readMember(object: Value, name: string, at: Position): Value {
  if (object === null) throw new ExpressionEvaluationError(`cannot read '${name}' of null; use '?.' where a value may be missing`, at);
  if (object instanceof JiraObject) {
    const property = object.properties[name];
    if (property === undefined) throw noSuchMember(object, name, at);
    return property();
  }
  // A Map answers null for a key it does not hold, as Jira's Map does.
  if (isMap(object)) return object[name] ?? null;
  const builtin = builtinProperty(object, name);
  if (builtin === undefined) throw noSuchMember(object, name, at);
  return builtin;
}

function readIndex(object: Value, index: Value, at: Position): Value {
  if (object === null) throw new ExpressionEvaluationError('cannot index null; use ?.[ ] where a value may be missing', at);
  if (isList(object)) {
    if (typeof index !== 'number') throw new ExpressionEvaluationError(`a List is indexed by a Number, not ${typeNameOf(index)}`, at);
    return object[index < 0 ? object.length + index : index] ?? null;
  }
  if (typeof index !== 'string') throw new ExpressionEvaluationError(`a ${typeNameOf(object)} is indexed by a String, not ${typeNameOf(index)}`, at);
  return readMember(object, index, at);
}

function construct(typeName: string, args: readonly Value[], scope: EvaluationScope, at: Position): Value {
  const [arg] = args;
  if (typeName === 'Date') {
    if (arg === undefined) return new ExprDate(scope.now);
    const ms = typeof arg === 'number' ? arg : typeof arg === 'string' ? Date.parse(arg) : Number.NaN;
    if (Number.isNaN(ms)) throw new ExpressionEvaluationError(`new Date() cannot read this ${typeNameOf(arg)}`, at);
    return new ExprDate(ms);
  }
  if (arg === undefined) return new ExprCalendarDate(calendarDateOf(scope.now, scope.timeZone));
  if (typeof arg === 'string' && ISO_DATE.test(arg)) return new ExprCalendarDate(arg);
  throw new ExpressionEvaluationError('new CalendarDate() takes no argument or a YYYY-MM-DD String', at);
}

function evaluateChain(node: ExpressionNode, scope: EvaluationScope): ChainResult {
  if (node.kind !== 'member' && node.kind !== 'index' && node.kind !== 'call') return evaluate(node, scope);
  const object = evaluateChain(node.object, scope);
  if (object === SHORT_CIRCUIT || (node.optional && object === null)) return SHORT_CIRCUIT;
  switch (node.kind) {
    case 'member':
      return readMember(object, node.name, node.at);
    case 'index':
      return readIndex(object, evaluate(node.index, scope), node.at);
    case 'call': {
      if (object === null) throw new ExpressionEvaluationError(`cannot call '${node.method}' on null; use '?.' where a value may be missing`, node.at);
      const method = object instanceof JiraObject ? object.methods[node.method] : builtinMethod(object, node.method, scope.timeZone);
      if (method === undefined) throw noSuchMember(object, node.method, node.at);
      return method(node.args.map((arg) => evaluate(arg, scope)), node.at);
    }
  }
}

/** Evaluates a parsed expression; throws ExpressionEvaluationError where Jira would fail the evaluation. */
export function evaluate(node: ExpressionNode, scope: EvaluationScope): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'list':
      return node.items.map((item) => evaluate(item, scope));
    case 'identifier': {
      const value = scope.variables[node.name];
      if (value === undefined) throw new ExpressionEvaluationError(`unknown identifier '${node.name}'`, node.at);
      return value;
    }
    case 'member':
    case 'index':
    case 'call': {
      const result = evaluateChain(node, scope);
      return result === SHORT_CIRCUIT ? null : result;
    }
    case 'new':
      return construct(node.typeName, node.args.map((arg) => evaluate(arg, scope)), scope, node.at);
    case 'unary': {
      const operand = evaluate(node.operand, scope);
      if (node.operator === '!') return !requireBoolean(operand, "the operand of '!'", node.at);
      if (typeof operand !== 'number') throw new ExpressionEvaluationError(`cannot negate ${typeNameOf(operand)}`, node.at);
      return -operand;
    }
    case 'binary': {
      if (node.operator === '&&' || node.operator === '||') {
        const left = requireBoolean(evaluate(node.left, scope), `the left side of '${node.operator}'`, node.at);
        if (node.operator === '&&' ? !left : left) return left;
        return requireBoolean(evaluate(node.right, scope), `the right side of '${node.operator}'`, node.at);
      }
      return applyBinary(node.operator, evaluate(node.left, scope), evaluate(node.right, scope), scope.timeZone, node.at);
    }
    case 'conditional':
      return requireBoolean(evaluate(node.test, scope), 'the condition of a ternary', node.at)
        ? evaluate(node.then, scope)
        : evaluate(node.otherwise, scope);
    case 'lambda':
      return new Lambda((argument) =>
        evaluate(node.body, { ...scope, variables: { ...scope.variables, [node.parameter]: argument } }),
      );
  }
}
