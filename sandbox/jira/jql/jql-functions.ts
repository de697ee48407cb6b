import { dayEdge, parseIncrement, type Clock } from './jql-dates';
import type { FieldSpec } from './jql-fields';
import { validationMessages } from './jql-messages';

type FunctionSpec =
  | { readonly yields: 'user'; readonly maxArgs: 0 }
  | { readonly yields: 'date'; readonly maxArgs: 0 | 1; readonly instant: (args: readonly string[], clock: Clock) => number };

const edge = (which: 'start' | 'end') => (args: readonly string[], clock: Clock) =>
  dayEdge(which, args[0] === undefined ? null : parseIncrement(args[0]), clock);

// Jira resolves function names case-insensitively.
const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  ['currentuser', { yields: 'user', maxArgs: 0 }],
  ['now', { yields: 'date', maxArgs: 0, instant: (_args, clock) => clock.now }],
  ['startofday', { yields: 'date', maxArgs: 1, instant: edge('start') }],
  ['endofday', { yields: 'date', maxArgs: 1, instant: edge('end') }],
]);

/** How Jira prints a function operand in messages: `startOfDay(-1)`. */
export function functionDisplay(name: string, args: readonly string[]): string {
  return `${name}(${args.join(', ')})`;
}

/** Jira's complaints about a function used on `field`, written `fieldName` in the query; empty when it is fine. */
export function checkFunction(name: string, args: readonly string[], field: FieldSpec, fieldName: string): string[] {
  const fn = FUNCTIONS.get(name.toLowerCase());
  if (fn === undefined) return [validationMessages.noSuchFunction(functionDisplay(name, args))];
  if (args.length > fn.maxArgs) return [validationMessages.argumentCount(name, 0, fn.maxArgs, args.length)];
  if (args[0] !== undefined && parseIncrement(args[0]) === null) return [validationMessages.functionDuration(name)];
  // A custom field's type is unknown to the emulator, so it takes any function.
  if (field.kind === 'custom' || field.kind === (fn.yields === 'user' ? 'user' : 'date')) return [];
  return [
    field.kind === 'date' ? validationMessages.functionNotADate(name, fieldName) : validationMessages.functionNotForField(name, fieldName),
  ];
}

/** What a checked function yields: the searcher's account (or none when anonymous), or an instant. */
export function evaluateFunction(
  name: string,
  args: readonly string[],
  clock: Clock & { readonly currentAccountId: string | null },
): { readonly kind: 'user'; readonly accountId: string } | { readonly kind: 'instant'; readonly ms: number } | null {
  const fn = FUNCTIONS.get(name.toLowerCase());
  if (fn === undefined) throw new Error(`Unchecked JQL function '${name}'`);
  if (fn.yields === 'date') return { kind: 'instant', ms: fn.instant(args, clock) };
  return clock.currentAccountId === null ? null : { kind: 'user', accountId: clock.currentAccountId };
}
