import type { Position } from './expression-ast';
import { ExpressionEvaluationError } from './expression-error';
import { valueEquals } from './expression-operators';
import { calendarDateOf, ExprCalendarDate, ExprDate, isList, Lambda, typeNameOf, type Method, type Value } from './expression-values';

const requireString = (value: Value | undefined, method: string, at: Position): string => {
  if (typeof value !== 'string') throw new ExpressionEvaluationError(`${method}() needs a String argument`, at);
  return value;
};

const requireLambda = (value: Value | undefined, method: string, at: Position): Lambda => {
  if (!(value instanceof Lambda)) throw new ExpressionEvaluationError(`${method}() needs an arrow function, as in x => x != null`, at);
  return value;
};

const requireBoolean = (value: Value, method: string, at: Position): boolean => {
  if (typeof value !== 'boolean') throw new ExpressionEvaluationError(`the function given to ${method}() must return a Boolean`, at);
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

export const noSuchMember = (value: Value, name: string, at: Position): ExpressionEvaluationError =>
  new ExpressionEvaluationError(`${typeNameOf(value)} has no property or method '${name}'`, at);
