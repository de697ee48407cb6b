import { parseDateLiteral, parseStoredDate, resolveDateLiteral, sameMinute } from './jql-dates';
import type { Atom, SearchClock } from './jql-operands';
import type { SortValue } from './jql-sort-value';

/**
 * The emulator does not know a custom field's type, so a value is searched by its shape: an
 * option by value or id, a user by account id, a number numerically, a string as text or as a date.
 */
type StoredValue =
  | { readonly kind: 'option'; readonly id: string | null; readonly value: string }
  | { readonly kind: 'user'; readonly accountId: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string };

export function storedValues(value: unknown): StoredValue[] {
  if (Array.isArray(value)) return value.flatMap(storedValues);
  if (typeof value === 'number') return Number.isFinite(value) ? [{ kind: 'number', value }] : [];
  if (typeof value === 'string') return value === '' ? [] : [{ kind: 'text', value }];
  if (typeof value === 'boolean') return [{ kind: 'text', value: String(value) }];
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.accountId === 'string') return [{ kind: 'user', accountId: record.accountId }];
  if (typeof record.value !== 'string') return [];
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : null;
  return [{ kind: 'option', id, value: record.value }];
}

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const isNumeric = (text: string): boolean => /^-?\d+(\.\d+)?$/.test(text);

export function storedValueMatches(stored: StoredValue, atom: Exclude<Atom, { kind: 'empty' }>, clock: SearchClock): boolean {
  switch (atom.kind) {
    case 'user':
      return stored.kind === 'user' && stored.accountId === atom.accountId;
    case 'instant': {
      const ms = stored.kind === 'text' ? parseStoredDate(stored.value, clock.timeZone) : null;
      return ms !== null && sameMinute(ms, atom.ms);
    }
    case 'text':
    case 'number':
      return matchesText(stored, atom.text, clock);
  }
}

function matchesText(stored: StoredValue, text: string, clock: SearchClock): boolean {
  switch (stored.kind) {
    case 'option':
      return sameText(stored.value, text) || stored.id === text;
    case 'user':
      return stored.accountId === text;
    case 'number':
      return isNumeric(text) && Number(text) === stored.value;
    case 'text': {
      if (sameText(stored.value, text)) return true;
      const ms = parseStoredDate(stored.value, clock.timeZone);
      const literal = parseDateLiteral(text);
      return ms !== null && literal !== null && sameMinute(ms, resolveDateLiteral(literal, clock));
    }
  }
}

/** The sign of (stored - atom) when they are comparable: numbers with numbers, dates with dates. */
export function storedValueComparison(stored: StoredValue, atom: Exclude<Atom, { kind: 'empty' }>, clock: SearchClock): number | null {
  if (stored.kind === 'number') {
    return (atom.kind === 'number' || atom.kind === 'text') && isNumeric(atom.text) ? Math.sign(stored.value - Number(atom.text)) : null;
  }
  if (stored.kind !== 'text') return null;
  const ms = parseStoredDate(stored.value, clock.timeZone);
  if (ms === null) return null;
  if (atom.kind === 'instant') return Math.sign(ms - atom.ms);
  const literal = atom.kind === 'text' ? parseDateLiteral(atom.text) : null;
  return literal === null ? null : Math.sign(ms - resolveDateLiteral(literal, clock));
}

/** Numbers and dates sort by value, other values by their text; a multi-value field by its first value. */
export function storedSortValue(values: readonly StoredValue[], clock: SearchClock): SortValue {
  const first = values[0];
  if (first === undefined) return null;
  switch (first.kind) {
    case 'number':
      return [first.value];
    case 'option':
      return [first.value.toLowerCase()];
    case 'user':
      return [first.accountId];
    case 'text': {
      const ms = parseStoredDate(first.value, clock.timeZone);
      return [ms ?? first.value.toLowerCase()];
    }
  }
}
