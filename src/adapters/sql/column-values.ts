import { sql } from 'kysely';
import { AppError } from '../../domain/app-error';
import type { Satisfaction } from '../../domain/complaint';

/*
 * Conversions between domain values and column values that both engines store alike.
 * MySQL rejects a string longer than its column while SQLite keeps it, so widths are
 * checked here, before the write, and a test on SQLite fails where Forge SQL would.
 */

/** An identifier must fit whole: a clipped one would name something else. */
export const fit = (value: string, width: number, column: string): string => {
  // MySQL counts characters (code points); JavaScript's length counts UTF-16 units.
  if (value.length > width && Array.from(value).length > width) {
    throw new AppError('STORE_ERROR', `${column} is longer than ${width} characters`);
  }
  return value;
};

export const fitOrNull = (value: string | null, width: number, column: string): string | null =>
  value === null ? null : fit(value, width, column);

/** Free text is cut to its column (by characters, as MySQL counts them, never inside a surrogate pair). */
export const clip = (value: string | null, width: number): string | null =>
  value === null || value.length <= width ? value : Array.from(value).slice(0, width).join('');

export const flag = (value: boolean): number => (value ? 1 : 0);

export const flagOrNull = (value: boolean | null): number | null => (value === null ? null : flag(value));

/**
 * MySQL drivers may hand BIGINT back as a string; `Number` reads both (every time and counter
 * here is below 2^53).
 */
export const num = (value: number | string): number => Number(value);

export const numOrNull = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** A whole number written into the SQL: MySQL's prepared statements reject some LIMIT ? bindings. */
export const literalLimit = (limit: number) => sql.lit(Math.max(0, Math.trunc(limit)));

const SATISFACTIONS: readonly Satisfaction[] = [1, 2, 3, 4, 5];

/** A stored satisfaction; anything but 1 to 5 means the column was written by something else. */
export const satisfactionOf = (stored: number | null): Satisfaction | null => {
  if (stored === null) return null;
  const found = SATISFACTIONS.find((s) => s === num(stored));
  if (found === undefined) throw new AppError('STORE_ERROR', `satisfaction holds an unknown value: ${stored}`);
  return found;
};
