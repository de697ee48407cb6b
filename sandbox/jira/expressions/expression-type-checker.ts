import type { ExpressionNode, Position } from './expression-ast';
import { misuse } from './expression-builtins';
import { ExpressionTypeError } from './expression-error';
import { memberKind, membersOf, T, typeName, type MethodSignature, type StaticType } from './expression-types';
import { staticTypeOf, type Value } from './expression-values';

/*
 * Jira's type check, before anything runs: every part of the expression, including the parts
 * `&&`, `||` and `?:` would skip. A type that shows only at run time (`Any`: a custom field, a
 * Map's entry) passes here and is checked by the evaluator when it is reached.
 */

type Environment = ReadonlyMap<string, StaticType>;

const isAny = (type: StaticType): boolean => type.kind === 'Any';
const ORDERED = new Set(['Number', 'String', 'Date', 'CalendarDate']);

/** The narrowest type both branches fit: the same type, the non-null one of a type and null, else Any. */
function unify(a: StaticType, b: StaticType): StaticType {
  if (a.kind === 'Null') return b;
  if (b.kind === 'Null') return a;
  if (a.kind === 'List' && b.kind === 'List') return T.list(unify(a.item, b.item));
  if (a.kind === 'Object' && b.kind === 'Object') return a.name === b.name ? T.object(a.name) : T.any;
  return a.kind === b.kind ? a : T.any;
}

/** An argument fits a parameter when either is Any or both are of one kind. */
const fits = (arg: StaticType, param: StaticType): boolean =>
  isAny(arg) || isAny(param) || (arg.kind === param.kind && (arg.kind !== 'Object' || param.kind !== 'Object' || arg.name === param.name));

function requireBoolean(type: StaticType, what: string, at: Position): void {
  if (type.kind !== 'Boolean' && !isAny(type)) throw new ExpressionTypeError(`${what} must be a Boolean, not ${typeName(type)}`, at);
}

function requireNumber(type: StaticType, what: string, at: Position): void {
  if (type.kind !== 'Number' && !isAny(type)) throw new ExpressionTypeError(`${what} must be a Number, not ${typeName(type)}`, at);
}

class TypeChecker {
  check(node: ExpressionNode, env: Environment): StaticType {
    switch (node.kind) {
      case 'literal':
        return node.value === null ? T.null : typeof node.value === 'boolean' ? T.boolean : typeof node.value === 'number' ? T.number : T.string;
      case 'list':
        return T.list(node.items.map((item) => this.check(item, env)).reduce<StaticType | null>((a, b) => (a === null ? b : unify(a, b)), null) ?? T.any);
      case 'identifier': {
        const type = env.get(node.name);
        if (type === undefined) throw new ExpressionTypeError(`unknown identifier '${node.name}'`, node.at);
        return type;
      }
      case 'member':
        return this.member(this.check(node.object, env), node.name, node.at);
      case 'index':
        return this.index(node, env);
      case 'call':
        return this.call(this.check(node.object, env), node.method, node.args, env, node.at);
      case 'new':
        return this.construct(node.typeName, node.args.map((arg) => this.check(arg, env)), node.at);
      case 'unary': {
        const operand = this.check(node.operand, env);
        if (node.operator === '!') {
          requireBoolean(operand, "the operand of '!'", node.at);
          return T.boolean;
        }
        requireNumber(operand, "the operand of '-'", node.at);
        return T.number;
      }
      case 'binary':
        return this.binary(node.operator, this.check(node.left, env), this.check(node.right, env), node.at);
      case 'conditional':
        requireBoolean(this.check(node.test, env), 'the condition of a ternary', node.at);
        return unify(this.check(node.then, env), this.check(node.otherwise, env));
      case 'lambda':
        // An arrow function stands alone only as a value; list methods check theirs with the item's type.
        this.check(node.body, new Map([...env, [node.parameter, T.any]]));
        return T.function;
    }
  }

  private member(object: StaticType, name: string, at: Position): StaticType {
    if (isAny(object) || object.kind === 'Map') return T.any;
    const kind = memberKind(object, name);
    if (kind !== 'property') throw misuse(typeName(object), kind, name, false, at);
    return membersOf(object).properties[name] ?? T.any;
  }

  private index(node: Extract<ExpressionNode, { kind: 'index' }>, env: Environment): StaticType {
    const object = this.check(node.object, env);
    const index = this.check(node.index, env);
    if (isAny(object)) return T.any;
    if (object.kind === 'List') {
      requireNumber(index, 'a List index', node.at);
      return object.item;
    }
    if (object.kind === 'Map' || object.kind === 'Object') {
      if (index.kind !== 'String' && !isAny(index)) throw new ExpressionTypeError(`a ${typeName(object)} is indexed by a String, not ${typeName(index)}`, node.at);
      const key = node.index.kind === 'literal' && typeof node.index.value === 'string' ? node.index.value : null;
      return object.kind === 'Object' && key !== null ? this.member(object, key, node.at) : T.any;
    }
    throw new ExpressionTypeError(`${typeName(object)} cannot be indexed`, node.at);
  }

  private call(object: StaticType, name: string, args: readonly ExpressionNode[], env: Environment, at: Position): StaticType {
    if (isAny(object)) {
      for (const arg of args) this.check(arg, env);
      return T.any;
    }
    const kind = memberKind(object, name);
    if (kind !== 'method') throw misuse(typeName(object), kind, name, true, at);
    const signature = membersOf(object).methods[name] as MethodSignature;
    if (signature.kind === 'plain') {
      if (args.length !== signature.params.length) throw new ExpressionTypeError(`${name}() takes ${signature.params.length} argument(s), not ${args.length}`, at);
      args.forEach((arg, i) => {
        const type = this.check(arg, env);
        const param = signature.params[i] ?? T.any;
        if (!fits(type, param)) throw new ExpressionTypeError(`${name}() takes a ${typeName(param)}, not ${typeName(type)}`, at);
      });
      return signature.returns;
    }
    const [fn] = args;
    if (args.length !== 1 || fn?.kind !== 'lambda') throw new ExpressionTypeError(`${name}() needs an arrow function, as in x => x != null`, at);
    const item = object.kind === 'List' ? object.item : T.any;
    const body = this.check(fn.body, new Map([...env, [fn.parameter, item]]));
    if (signature.kind === 'mapper') return T.list(body);
    if (body.kind !== 'Boolean' && !isAny(body)) throw new ExpressionTypeError(`the function given to ${name}() must return a Boolean`, at);
    return signature.returns;
  }

  private construct(type: string, args: readonly StaticType[], at: Position): StaticType {
    if (args.length > 1) throw new ExpressionTypeError(`new ${type}() takes at most one argument`, at);
    const [arg] = args;
    if (type === 'Date') {
      if (arg !== undefined && arg.kind !== 'String' && arg.kind !== 'Number' && !isAny(arg)) throw new ExpressionTypeError(`new Date() takes a String or a Number, not ${typeName(arg)}`, at);
      return T.date;
    }
    if (arg !== undefined && arg.kind !== 'String' && !isAny(arg)) throw new ExpressionTypeError(`new CalendarDate() takes a String, not ${typeName(arg)}`, at);
    return T.calendarDate;
  }

  private binary(operator: string, left: StaticType, right: StaticType, at: Position): StaticType {
    switch (operator) {
      case '&&':
      case '||':
        requireBoolean(left, `the left side of '${operator}'`, at);
        requireBoolean(right, `the right side of '${operator}'`, at);
        return T.boolean;
      case '==':
      case '!=':
        return T.boolean;
      case '<':
      case '>':
      case '<=':
      case '>=': {
        const comparable = isAny(left) ? isAny(right) || ORDERED.has(right.kind) : isAny(right) ? ORDERED.has(left.kind) : left.kind === right.kind && ORDERED.has(left.kind);
        if (!comparable) throw new ExpressionTypeError(`Can't compare ${typeName(left)} to ${typeName(right)}.`, at);
        return T.boolean;
      }
      case '+':
        if (left.kind === 'String' || right.kind === 'String') {
          const other = left.kind === 'String' ? right : left;
          if (!['String', 'Number', 'Boolean', 'Any'].includes(other.kind)) throw new ExpressionTypeError(`cannot add ${typeName(other)} to a String`, at);
          return T.string;
        }
        if (isAny(left) || isAny(right)) {
          if (![left, right].every((t) => isAny(t) || t.kind === 'Number')) throw new ExpressionTypeError(`'+' needs two Numbers, not ${typeName(left)} and ${typeName(right)}`, at);
          return T.any; // a String at run time would make it a join
        }
        break;
      default:
        break;
    }
    if (![left, right].every((t) => isAny(t) || t.kind === 'Number')) {
      throw new ExpressionTypeError(`'${operator}' needs two Numbers, not ${typeName(left)} and ${typeName(right)}`, at);
    }
    return T.number;
  }
}

/**
 * Type-checks a parsed expression against its context variables, as Jira does before it evaluates
 * one; throws ExpressionTypeError for what Jira's type checker refuses. Returns the expression's type.
 */
export function checkTypes(node: ExpressionNode, variables: Readonly<Record<string, Value>>): StaticType {
  const env = new Map(Object.entries(variables).map(([name, value]) => [name, staticTypeOf(value)] as const));
  return new TypeChecker().check(node, env);
}
