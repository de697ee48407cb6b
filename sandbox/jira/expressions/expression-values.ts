import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Position } from './expression-ast';
import { JIRA_TYPES, T, type JiraTypeName, type StaticType } from './expression-types';

/** A method of a Jira type, called with evaluated arguments. */
export type Method = (args: readonly Value[], at: Position) => Value;

/**
 * An object of one of Jira's expression types (Issue, User, Project, ...), with lazily read
 * properties. It carries only members its type lists in `JIRA_TYPES`, each as the kind listed (a
 * property is never also a method): anything else is a mistake in the emulator, refused at once.
 */
export class JiraObject {
  constructor(
    readonly typeName: JiraTypeName,
    readonly properties: Readonly<Record<string, () => Value>>,
    readonly methods: Readonly<Record<string, Method>> = {},
  ) {
    const type = JIRA_TYPES[typeName];
    const undeclared = [
      ...Object.keys(properties).filter((name) => !Object.hasOwn(type.properties, name) && type.pattern?.test(name) !== true),
      ...Object.keys(methods).filter((name) => !Object.hasOwn(type.methods, name)),
    ];
    if (undeclared.length > 0) throw new Error(`${typeName} has no ${undeclared.join(', ')} of that kind in expression-types.ts`);
  }
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

/** The type of a value as it stands: a context variable's, or one reached at run time. */
export function staticTypeOf(value: Value): StaticType {
  if (value === null) return T.any; // the declared type of a missing value does not show
  if (typeof value === 'boolean') return T.boolean;
  if (typeof value === 'number') return T.number;
  if (typeof value === 'string') return T.string;
  if (isList(value)) {
    const kinds = new Set(value.map((item) => staticTypeOf(item).kind));
    const [first] = value;
    return T.list(kinds.size === 1 && first !== undefined && first !== null ? staticTypeOf(first) : T.any);
  }
  if (value instanceof JiraObject) return { kind: 'Object', name: value.typeName, own: new Set(Object.keys(value.properties)) };
  if (value instanceof ExprDate) return T.date;
  if (value instanceof ExprCalendarDate) return T.calendarDate;
  if (value instanceof Lambda) return T.function;
  return T.map;
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
