import { TZDate } from '@date-fns/tz';
import { AppError } from '../app-error';
import type { BusinessCalendar } from './business-calendar.schema';

/**
 * A valid calendar reaches its next working day within a couple of weeks, even past a long
 * holiday list; ten years without one means it has none, and a loop must not spin forever.
 */
const MAX_DAY_STEPS = 3700;

const DAY_MS = 86_400_000;

/**
 * A local calendar date as a count of days since 1970-01-01. Stepping dates is then plain date
 * arithmetic; every conversion to or from a moment goes through the time zone (TZDate).
 */
export type DayNumber = number;

/** One working day: its local date and its opening and closing moments (epoch ms). */
export interface WorkingHours {
  readonly date: string;
  readonly open: number;
  readonly close: number;
}

const timeOfDay = (hhmm: string): { hours: number; minutes: number } => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return { hours, minutes };
};

/** The nominal length of a working day; a day whose hours contain a DST switch is an hour shorter or longer. */
export const workingDayLength = (cal: BusinessCalendar): number => {
  const start = timeOfDay(cal.dayStart);
  const end = timeOfDay(cal.dayEnd);
  return ((end.hours - start.hours) * 60 + end.minutes - start.minutes) * 60_000;
};

export const isoOfDay = (day: DayNumber): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const dayNumberOfIso = (isoDate: string): DayNumber => {
  const day = Date.parse(isoDate) / DAY_MS;
  // Date.parse rolls 2026-02-31 over into March; a date must name itself.
  if (!Number.isInteger(day) || isoOfDay(day) !== isoDate) {
    throw new AppError('INVALID_INPUT', `Not a calendar date as YYYY-MM-DD: ${isoDate}.`);
  }
  return day;
};

/** The wall-clock time `hhmm` of `day` in the calendar's zone, as a moment. */
const momentAt = (cal: BusinessCalendar, day: DayNumber, hhmm: string): number => {
  const date = new Date(day * DAY_MS);
  const { hours, minutes } = timeOfDay(hhmm);
  return new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hours, minutes, cal.timeZone).getTime();
};

interface DayFacts {
  readonly start: number;
  readonly hours: WorkingHours | null;
}

/**
 * Zone conversions cost tens of microseconds each, and a sweep asks about the same few days for
 * every complaint. Days are memoised per calendar object: configuration is parsed once and never
 * mutated, and the WeakMap lets a replaced calendar go.
 */
interface CalendarCache {
  readonly holidays: ReadonlySet<string>;
  readonly days: Map<DayNumber, DayFacts>;
  /** Running sums of working time around a fixed origin day; they grow on demand in both directions. */
  prefix: { readonly origin: DayNumber; readonly forward: number[]; readonly backward: number[] } | null;
}
const cache = new WeakMap<BusinessCalendar, CalendarCache>();

const cacheOf = (cal: BusinessCalendar): CalendarCache => {
  let entry = cache.get(cal);
  if (entry === undefined) {
    entry = { holidays: new Set(cal.holidays), days: new Map(), prefix: null };
    cache.set(cal, entry);
  }
  return entry;
};

const factsOf = (cal: BusinessCalendar, day: DayNumber): DayFacts => {
  const entry = cacheOf(cal);
  const known = entry.days.get(day);
  if (known !== undefined) return known;
  const date = isoOfDay(day);
  const isoWeekday = new Date(day * DAY_MS).getUTCDay() || 7;
  const working = cal.workingDays.includes(isoWeekday) && !entry.holidays.has(date);
  const facts: DayFacts = {
    start: momentAt(cal, day, '00:00'),
    // Wall-clock times set in the zone, so a DST change moves the UTC moment, not the opening hour.
    hours: working ? { date, open: momentAt(cal, day, cal.dayStart), close: momentAt(cal, day, cal.dayEnd) } : null,
  };
  entry.days.set(day, facts);
  return facts;
};

/** The local date, in the calendar's zone, of the moment `ms`. */
export const localDayOf = (cal: BusinessCalendar, ms: number): DayNumber => {
  // Zone offsets stay within a day, so the local date is the UTC date or a neighbour.
  const utcDay = Math.floor(ms / DAY_MS);
  if (ms < factsOf(cal, utcDay).start) return utcDay - 1;
  if (ms >= factsOf(cal, utcDay + 1).start) return utcDay + 1;
  return utcDay;
};

/** The last millisecond of a local date (23:59:59.999 on the wall clock, whatever DST does that day). */
export const endOfLocalDay = (cal: BusinessCalendar, day: DayNumber): number => factsOf(cal, day + 1).start - 1;

/** The working hours of a local date, or null when it is not a working day. */
export const workingHoursOn = (cal: BusinessCalendar, day: DayNumber): WorkingHours | null => factsOf(cal, day).hours;

/**
 * A cursor over working days, starting with `from` itself, forwards (1) or backwards (-1).
 * Each call returns the next working day; it throws INVALID_CONFIG when none is within reach.
 */
export const workingDays = (cal: BusinessCalendar, from: DayNumber, direction: 1 | -1): (() => WorkingHours) => {
  let day = from;
  return () => {
    for (let step = 0; step <= MAX_DAY_STEPS; step++) {
      const hours = workingHoursOn(cal, day);
      day += direction;
      if (hours !== null) return hours;
    }
    throw new AppError('INVALID_CONFIG', 'The business calendar has no working day within ten years.');
  };
};

const workingMsOn = (cal: BusinessCalendar, day: DayNumber): number => {
  const hours = workingHoursOn(cal, day);
  return hours === null ? 0 : hours.close - hours.open;
};

/**
 * Working milliseconds of all days before `day`, counted from a fixed per-calendar origin day
 * (negative before it). Only differences of two such values mean anything; dashboards take one
 * per complaint, so the running sums turn a walk over every day into two look-ups.
 */
export const workingMsBeforeDay = (cal: BusinessCalendar, day: DayNumber): number => {
  const entry = cacheOf(cal);
  entry.prefix ??= { origin: day, forward: [0], backward: [0] };
  const { origin, forward, backward } = entry.prefix;
  // forward[i]: the days origin … origin + i - 1; backward[i]: the days origin - i … origin - 1.
  for (let i = forward.length; i <= day - origin; i++) forward.push((forward[i - 1] ?? 0) + workingMsOn(cal, origin + i - 1));
  for (let i = backward.length; i <= origin - day; i++) backward.push((backward[i - 1] ?? 0) + workingMsOn(cal, origin - i));
  return day >= origin ? (forward[day - origin] ?? 0) : -(backward[origin - day] ?? 0);
};
