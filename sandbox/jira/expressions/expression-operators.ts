import type { BinaryOperator, Position } from './expression-ast';
import { ExpressionTypeError } from './expression-error';
import { ExprCalendarDate, ExprDate, isList, isMap, JiraObject, typeNameOf, type Value } from './expression-values';

/** Structural equality: scalars by value, Dates by instant, CalendarDates by day, lists and maps element by element, objects by id. */
export function valueEquals(a: Value, b: Value): boolean {
  if (a === null || b === null) return a === b;
  if (a instanceof ExprDate && b instanceof ExprDate) return a.epochMs === b.epochMs;
  if (a instanceof ExprCalendarDate && b instanceof ExprCalendarDate) return a.isoDate === b.isoDate;
  if (isList(a) && isList(b)) return a.length === b.length && a.every((item, index) => valueEquals(item, b[index] ?? null));
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && valueEquals(a[key] ?? null, b[key] ?? null));
  }
  if (a instanceof JiraObject && b instanceof JiraObject) {
    if (a === b) return true;
    const idA = a.properties.id;
    const idB = b.properties.id;
    return a.typeName === b.typeName && idA !== undefined && idB !== undefined && valueEquals(idA(), idB());
  }
  return a === b;
}

/**
 * Orders two values of one type: Numbers, Strings, Dates (instants) or CalendarDates (days). Any
 * other pair is Jira's type error, in its words; a Date and a CalendarDate included, which Jira
 * documents no conversion between.
 */
function order(a: Value, b: Value, at: Position): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof ExprDate && b instanceof ExprDate) return a.epochMs - b.epochMs;
  if (a instanceof ExprCalendarDate && b instanceof ExprCalendarDate) return a.isoDate < b.isoDate ? -1 : a.isoDate > b.isoDate ? 1 : 0;
  throw new ExpressionTypeError(`Can't compare ${typeNameOf(a)} to ${typeNameOf(b)}.`, at);
}

function arithmetic(operator: '+' | '-' | '*' | '/' | '%', a: Value, b: Value, at: Position): Value {
  if (operator === '+' && (typeof a === 'string' || typeof b === 'string')) {
    const text = (value: Value): string => {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw new ExpressionTypeError(`cannot add ${typeNameOf(value)} to a String`, at);
    };
    return text(a) + text(b);
  }
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new ExpressionTypeError(`'${operator}' needs two Numbers, not ${typeNameOf(a)} and ${typeNameOf(b)}`, at);
  }
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
  }
}

/** Applies a non-logical binary operator to evaluated operands. */
export function applyBinary(operator: Exclude<BinaryOperator, '&&' | '||'>, a: Value, b: Value, at: Position): Value {
  switch (operator) {
    case '==':
      return valueEquals(a, b);
    case '!=':
      return !valueEquals(a, b);
    case '<':
      return order(a, b, at) < 0;
    case '>':
      return order(a, b, at) > 0;
    case '<=':
      return order(a, b, at) <= 0;
    case '>=':
      return order(a, b, at) >= 0;
    default:
      return arithmetic(operator, a, b, at);
  }
}
