import { TZDate } from '@date-fns/tz';
import { addDays, addMinutes, addMonths, addWeeks, addYears, endOfDay, isExists, isValid, parseISO, startOfDay } from 'date-fns';

/** A date value in a clause: a wall-clock time in the searcher's zone, or an offset from now. */
export type DateLiteral =
  | {
      readonly kind: 'local';
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly hour: number;
      readonly minute: number;
    }
  | { readonly kind: 'offset'; readonly ms: number };

/** The increment of `startOfDay(-1)` and friends: `(+/-)n(yMwdm)`, in days when no unit is given. */
export interface Increment {
  readonly amount: number;
  readonly unit: 'y' | 'M' | 'w' | 'd' | 'm';
}

export interface Clock {
  readonly now: number;
  readonly timeZone: string;
}

const MINUTE_MS = 60_000;
// Jira reads a period such as '-1w 2d' as a plain duration: a day is 24 hours, a week 7 days.
const PERIOD_UNIT_MS: Readonly<Record<string, number>> = {
  w: 7 * 24 * 60 * MINUTE_MS,
  d: 24 * 60 * MINUTE_MS,
  h: 60 * MINUTE_MS,
  m: MINUTE_MS,
};
const ABSOLUTE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([+-]?)(\d+[wdhm](?:\s+\d+[wdhm])*)$/;
const INCREMENT = /^([+-]?)(\d+)([yMwdm]?)$/;

/** Jira's accepted formats: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period. */
export function parseDateLiteral(text: string): DateLiteral | null {
  const absolute = ABSOLUTE.exec(text.trim());
  if (absolute) {
    const part = (group: number): number => Number(absolute[group] ?? '0');
    const local = { kind: 'local', year: part(1), month: part(3), day: part(4), hour: part(5), minute: part(6) } as const;
    return isExists(local.year, local.month - 1, local.day) && local.hour <= 23 && local.minute <= 59 ? local : null;
  }
  const period = PERIOD.exec(text.trim());
  if (period?.[2] === undefined) return null;
  const total = [...period[2].matchAll(/(\d+)([wdhm])/g)]
    .map(([, amount, unit]) => Number(amount) * (PERIOD_UNIT_MS[unit ?? ''] ?? 0))
    .reduce((sum, ms) => sum + ms, 0);
  return { kind: 'offset', ms: period[1] === '-' ? -total : total };
}

export function resolveDateLiteral(literal: DateLiteral, clock: Clock): number {
  if (literal.kind === 'offset') return clock.now + literal.ms;
  return new TZDate(literal.year, literal.month - 1, literal.day, literal.hour, literal.minute, clock.timeZone).getTime();
}

export function parseIncrement(text: string): Increment | null {
  const match = INCREMENT.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const unit = (match[3] === '' ? 'd' : match[3]) as Increment['unit'];
  return { amount, unit };
}

/** `startOfDay(inc)` / `endOfDay(inc)`: the edge of today in the searcher's zone, then moved by the increment. */
export function dayEdge(edge: 'start' | 'end', increment: Increment | null, clock: Clock): number {
  const today = new TZDate(clock.now, clock.timeZone);
  const base = edge === 'start' ? startOfDay(today) : endOfDay(today);
  if (increment === null) return base.getTime();
  const add = { y: addYears, M: addMonths, w: addWeeks, d: addDays, m: addMinutes }[increment.unit];
  return add(base, increment.amount).getTime();
}

/**
 * A date stored in a custom field as the REST API writes it: `2026-01-31` (a day, read as its
 * midnight in the searcher's zone) or an ISO date-time with offset. Anything else is not a date.
 */
export function parseStoredDate(value: string, timeZone: string): number | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), timeZone).getTime();
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const parsed = parseISO(value);
  return isValid(parsed) ? parsed.getTime() : null;
}

/** Jira compares date-times to the minute, the finest unit a JQL date can name. */
export function sameMinute(a: number, b: number): boolean {
  return Math.floor(a / MINUTE_MS) === Math.floor(b / MINUTE_MS);
}
