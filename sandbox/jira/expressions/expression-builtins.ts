import type { Position } from './expression-ast';
import { ExpressionTypeError } from './expression-error';
import { valueEquals } from './expression-operators';
import { memberKind, typeName } from './expression-types';
import { calendarDateOf, ExprCalendarDate, ExprDate, isList, Lambda, staticTypeOf, type Method, type Value } from './expression-values';

const requireString = (value: Value | undefined, method: string, at: Position): string => {
  if (typeof value !== 'string') throw new ExpressionTypeError(`${method}() needs a String argument`, at);
  return value;
};

const requireLambda = (value: Value | undefined, method: string, at: Position): Lambda => {
  if (!(value instanceof Lambda)) throw new ExpressionTypeError(`${method}() needs an arrow function, as in x => x != null`, at);
  return value;
};

const requireBoolean = (value: Value, method: string, at: Position): boolean => {
  if (typeof value !== 'boolean') throw new ExpressionTypeError(`the function given to ${method}() must return a Boolean`, at);
  return value;
};

function stringMethods(text: string): Readonly<Record<string, Method>> {
  return {
    trim: () => text.trim(),
    toLowerCase: () => text.toLowerCase(),
    toUpperCase: () => text.toUpperCase(),
    includes: ([part], at) => text.includes(requireString(part, 'includes', at)),
    startsWith: ([part], at) => text.startsWith(requireString(part, 'startsWith', at)),
    endsWith: ([part], at) => text.endsWith(requireString(part, 'endsWith', at)),
  };
}

function listMethods(list: readonly Value[]): Readonly<Record<string, Method>> {
  return {
    includes: ([item]) => list.some((candidate) => valueEquals(candidate, item ?? null)),
    some: ([fn], at) => list.some((item) => requireBoolean(requireLambda(fn, 'some', at).apply(item), 'some', at)),
    every: ([fn], at) => list.every((item) => requireBoolean(requireLambda(fn, 'every', at).apply(item), 'every', at)),
    filter: ([fn], at) => list.filter((item) => requireBoolean(requireLambda(fn, 'filter', at).apply(item), 'filter', at)),
    map: ([fn], at) => list.map((item) => requireLambda(fn, 'map', at).apply(item)),
  };
}

/** A property of a built-in value (String, List), or undefined when it has none by that name. */
export function builtinProperty(value: Value, name: string): Value | undefined {
  if (name !== 'length') return undefined;
  if (typeof value === 'string' || isList(value)) return value.length;
  return undefined;
}

/** A method of a built-in value (String, List, Date), or undefined when it has none by that name. */
export function builtinMethod(value: Value, name: string, timeZone: string): Method | undefined {
  if (typeof value === 'string') return stringMethods(value)[name];
  if (isList(value)) return listMethods(value)[name];
  if (value instanceof ExprDate) {
    const methods: Readonly<Record<string, Method>> = {
      getTime: () => value.epochMs,
      toCalendarDate: () => new ExprCalendarDate(calendarDateOf(value.epochMs, timeZone)),
      toCalendarDateUTC: () => new ExprCalendarDate(calendarDateOf(value.epochMs, 'UTC')),
    };
    return methods[name];
  }
  if (value instanceof ExprCalendarDate && name === 'toString') return () => value.isoDate;
  return undefined;
}

/**
 * Why `name` cannot be used as it is on a value of this type, or null when it can: read as a
 * property (`call` false) or called as a method (`call` true). The same refusals the type checker
 * makes, for values whose type shows only at run time.
 */
export function memberMisuse(value: Value, name: string, call: boolean, at: Position): ExpressionTypeError | null {
  const type = staticTypeOf(value);
  const kind = memberKind(type, name);
  if (kind === (call ? 'method' : 'property')) return null;
  return misuse(typeName(type), kind, name, call, at);
}

/** The type error for using a member of `type` as what it is not. */
export function misuse(type: string, kind: 'property' | 'method' | 'unknown', name: string, call: boolean, at: Position): ExpressionTypeError {
  if (kind === 'method') return new ExpressionTypeError(`'${name}' is a method of ${type}, not a property: call it, as ${name}()`, at);
  if (kind === 'property') return new ExpressionTypeError(`'${name}' is a property of ${type}, not a method: read it without parentheses, as .${name}`, at);
  return new ExpressionTypeError(`${type} has no ${call ? 'method' : 'property'} '${name}'`, at);
}
