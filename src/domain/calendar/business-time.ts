import { AppError } from '../app-error';
import { nextWorkingMoment } from './business-calendar';
import type { BusinessCalendar } from './business-calendar.schema';
import { localDayOf, workingDayLength, workingDays, workingHoursOn, workingMsBeforeDay } from './working-day';

export { workingDayLength } from './working-day';

/**
 * Moves forward by `n` business days of working time: n × the working-day length, counted only
 * inside working hours, skipping days off and holidays. A start outside working hours counts from
 * the next opening, so n = 0 gives `nextWorkingMoment`. Landing exactly at a closing returns that
 * closing (the end of the business day), not the next opening. `n` may be fractional.
 */
export const addBusinessDays = (cal: BusinessCalendar, ms: number, n: number): number => {
  if (!Number.isFinite(n) || n < 0) throw new AppError('INVALID_INPUT', `Business days to add must be 0 or more, got ${n}.`);
  let remaining = n * workingDayLength(cal);
  const cursor = nextWorkingMoment(cal, ms);
  const next = workingDays(cal, localDayOf(cal, cursor), 1);
  // Ends: every day consumes its working time until `remaining` fits into one.
  for (let day = next(); ; day = next()) {
    const start = Math.max(cursor, day.open);
    if (remaining <= day.close - start) return start + remaining;
    remaining -= day.close - start;
  }
};

/** Working milliseconds from the calendar's base day up to the moment `ms`. */
const workingMsUpTo = (cal: BusinessCalendar, ms: number): number => {
  const day = localDayOf(cal, ms);
  const hours = workingHoursOn(cal, day);
  const today = hours === null ? 0 : Math.min(Math.max(ms - hours.open, 0), hours.close - hours.open);
  return workingMsBeforeDay(cal, day) + today;
};

/** Working milliseconds in [fromMs, toMs); 0 when `toMs <= fromMs`. DST days count their real length. */
export const workingMsBetween = (cal: BusinessCalendar, fromMs: number, toMs: number): number =>
  toMs <= fromMs ? 0 : workingMsUpTo(cal, toMs) - workingMsUpTo(cal, fromMs);

/** Business days in [fromMs, toMs): working time over the working-day length, fractional; 0 when `toMs <= fromMs`. */
export const businessDaysBetween = (cal: BusinessCalendar, fromMs: number, toMs: number): number =>
  workingMsBetween(cal, fromMs, toMs) / workingDayLength(cal);
