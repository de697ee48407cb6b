import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Position } from './expression-ast';

/** A method of a Jira type, called with evaluated arguments. */
export type Method = (args: readonly Value[], at: Position) => Value;

/** An object of one of Jira's expression types (Issue, User, Project, ...), with lazily read properties. */
export class JiraObject {
  constructor(
    readonly typeName: string,
    readonly properties: Readonly<Record<string, () => Value>>,
    readonly methods: Readonly<Record<string, Method>> = {},
  ) {}
}

/** Jira's `Date`: an instant. */
export class ExprDate {
  constructor(readonly epochMs: number) {}
}

/** Jira's `CalendarDate`: a day without time or zone, as `YYYY-MM-DD`. */
export class ExprCalendarDate {
  constructor(readonly isoDate: string) {}
}

/** An arrow function passed to a list method. */
export class Lambda {
  constructor(readonly apply: (argument: Value) => Value) {}
}

/** JSON objects (configuration, entity properties, option values) behave as Jira's Map. */
export interface ValueMap {
  readonly [key: string]: Value;
}

export type Value = null | boolean | number | string | readonly Value[] | ValueMap | JiraObject | ExprDate | ExprCalendarDate | Lambda;

export const isList = (value: Value): value is readonly Value[] => Array.isArray(value);

export const isMap = (value: Value): value is ValueMap =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof JiraObject) &&
  !(value instanceof ExprDate) &&
  !(value instanceof ExprCalendarDate) &&
  !(value instanceof Lambda);

/** The type name Jira's `typeof` would give, for error messages. */
export function typeNameOf(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Number';
  if (typeof value === 'string') return 'String';
  if (isList(value)) return 'List';
  if (value instanceof JiraObject) return value.typeName;
  if (value instanceof ExprDate) return 'Date';
  if (value instanceof ExprCalendarDate) return 'CalendarDate';
  if (value instanceof Lambda) return 'Function';
  return 'Map';
}

/** A JSON value (from an entity property, a rule's configuration, a field) as an expression value. */
export function fromJson(json: unknown): Value {
  if (json === null || json === undefined) return null;
  if (typeof json === 'boolean' || typeof json === 'number' || typeof json === 'string') return json;
  if (Array.isArray(json)) return json.map(fromJson);
  if (typeof json === 'object') {
    return Object.fromEntries(Object.entries(json as Record<string, unknown>).map(([key, item]) => [key, fromJson(item)]));
  }
  return null;
}

/** The day an instant falls on in a time zone, as `YYYY-MM-DD`. */
export const calendarDateOf = (epochMs: number, timeZone: string): string =>
  format(new TZDate(epochMs, timeZone), 'yyyy-MM-dd');
