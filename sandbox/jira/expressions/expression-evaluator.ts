import type { ExpressionNode, Position } from './expression-ast';
import { builtinMethod, builtinProperty, memberMisuse } from './expression-builtins';
import { ExpressionEvaluationError, ExpressionTypeError } from './expression-error';
import { applyBinary } from './expression-operators';
import { checkTypes } from './expression-type-checker';
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
  if (typeof value !== 'boolean') throw new ExpressionTypeError(`${what} must be a Boolean, not ${typeNameOf(value)}`, at);
  return value;
}

function readMember(object: Value, name: string, at: Position): Value {
  if (object === null) throw new ExpressionEvaluationError(`cannot read '${name}' of null; use '?.' where a value may be missing`, at);
  // A Map answers null for a key it does not hold, as Jira's Map does.
  if (isMap(object)) return object[name] ?? null;
  const misuse = memberMisuse(object, name, false, at);
  if (misuse !== null) throw misuse;
  const property = object instanceof JiraObject ? object.properties[name]?.() : builtinProperty(object, name);
  // A property the type has but this object was not built with (a test's partial object).
  if (property === undefined) throw new ExpressionTypeError(`this ${typeNameOf(object)} has no '${name}'`, at);
  return property;
}

function readIndex(object: Value, index: Value, at: Position): Value {
  if (object === null) throw new ExpressionEvaluationError('cannot index null; use ?.[ ] where a value may be missing', at);
  if (isList(object)) {
    if (typeof index !== 'number') throw new ExpressionTypeError(`a List is indexed by a Number, not ${typeNameOf(index)}`, at);
    return object[index < 0 ? object.length + index : index] ?? null;
  }
  if (typeof index !== 'string') throw new ExpressionTypeError(`a ${typeNameOf(object)} is indexed by a String, not ${typeNameOf(index)}`, at);
  return readMember(object, index, at);
}

function callMethod(object: Value, name: string, args: readonly Value[], timeZone: string, at: Position): Value {
  if (object === null) throw new ExpressionEvaluationError(`cannot call '${name}' on null; use '?.' where a value may be missing`, at);
  const misuse = memberMisuse(object, name, true, at);
  if (misuse !== null) throw misuse;
  const method = object instanceof JiraObject ? object.methods[name] : builtinMethod(object, name, timeZone);
  if (method === undefined) throw new ExpressionTypeError(`this ${typeNameOf(object)} has no '${name}'`, at);
  return method(args, at);
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
  if (typeof arg !== 'string') throw new ExpressionTypeError(`new CalendarDate() takes a String, not ${typeNameOf(arg)}`, at);
  if (ISO_DATE.test(arg)) return new ExprCalendarDate(arg);
  throw new ExpressionEvaluationError('new CalendarDate() takes no argument or a YYYY-MM-DD String', at);
}

function evaluateChain(node: ExpressionNode, scope: EvaluationScope): ChainResult {
  if (node.kind !== 'member' && node.kind !== 'index' && node.kind !== 'call') return evaluateNode(node, scope);
  const object = evaluateChain(node.object, scope);
  if (object === SHORT_CIRCUIT || (node.optional && object === null)) return SHORT_CIRCUIT;
  switch (node.kind) {
    case 'member':
      return readMember(object, node.name, node.at);
    case 'index':
      return readIndex(object, evaluateNode(node.index, scope), node.at);
    case 'call':
      return callMethod(object, node.method, node.args.map((arg) => evaluateNode(arg, scope)), scope.timeZone, node.at);
  }
}

/**
 * Evaluates a parsed expression as Jira does: type-checks all of it first (ExpressionTypeError for
 * what Jira's type checker refuses), then runs it (ExpressionTypeError for a value of the wrong type
 * that shows only at run time, ExpressionEvaluationError where Jira would fail the evaluation).
 */
export function evaluate(node: ExpressionNode, scope: EvaluationScope): Value {
  checkTypes(node, scope.variables);
  return evaluateNode(node, scope);
}

function evaluateNode(node: ExpressionNode, scope: EvaluationScope): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'list':
      return node.items.map((item) => evaluateNode(item, scope));
    case 'identifier': {
      const value = scope.variables[node.name];
      if (value === undefined) throw new ExpressionTypeError(`unknown identifier '${node.name}'`, node.at);
      return value;
    }
    case 'member':
    case 'index':
    case 'call': {
      const result = evaluateChain(node, scope);
      return result === SHORT_CIRCUIT ? null : result;
    }
    case 'new':
      return construct(node.typeName, node.args.map((arg) => evaluateNode(arg, scope)), scope, node.at);
    case 'unary': {
      const operand = evaluateNode(node.operand, scope);
      if (node.operator === '!') return !requireBoolean(operand, "the operand of '!'", node.at);
      if (typeof operand !== 'number') throw new ExpressionTypeError(`cannot negate ${typeNameOf(operand)}`, node.at);
      return -operand;
    }
    case 'binary': {
      if (node.operator === '&&' || node.operator === '||') {
        const left = requireBoolean(evaluateNode(node.left, scope), `the left side of '${node.operator}'`, node.at);
        if (node.operator === '&&' ? !left : left) return left;
        return requireBoolean(evaluateNode(node.right, scope), `the right side of '${node.operator}'`, node.at);
      }
      return applyBinary(node.operator, evaluateNode(node.left, scope), evaluateNode(node.right, scope), node.at);
    }
    case 'conditional':
      return requireBoolean(evaluateNode(node.test, scope), 'the condition of a ternary', node.at)
        ? evaluateNode(node.then, scope)
        : evaluateNode(node.otherwise, scope);
    case 'lambda':
      return new Lambda((argument) =>
        evaluateNode(node.body, { ...scope, variables: { ...scope.variables, [node.parameter]: argument } }),
      );
  }
}
