import { AppError } from '../app-error';
import type { BusinessCalendar } from './business-calendar.schema';
import { dayNumberOfIso, isoOfDay, localDayOf, workingDays, workingHoursOn, type WorkingHours } from './working-day';

export type { WorkingHours } from './working-day';

/** Working time is each working day's [opening, closing): the opening minute counts, the closing one does not. */
export const isWorkingTime = (cal: BusinessCalendar, ms: number): boolean => {
  const hours = workingHoursOn(cal, localDayOf(cal, ms));
  return hours !== null && hours.open <= ms && ms < hours.close;
};

/** `ms` itself when it is working time, otherwise the next opening of a working day. */
export const nextWorkingMoment = (cal: BusinessCalendar, ms: number): number => {
  const next = workingDays(cal, localDayOf(cal, ms), 1);
  const first = next();
  // Only the day of `ms` itself can have closed already; every later day closes after `ms`.
  const day = ms < first.close ? first : next();
  return Math.max(ms, day.open);
};

/** The first opening of a working day strictly after `ms`. */
export const nextOpeningAfter = (cal: BusinessCalendar, ms: number): number => {
  const next = workingDays(cal, localDayOf(cal, ms), 1);
  const first = next();
  return first.open > ms ? first.open : next().open;
};

/** The local date `YYYY-MM-DD` of `ms` in the calendar's zone: the unit of "once per business day". */
export const businessDayOf = (cal: BusinessCalendar, ms: number): string => isoOfDay(localDayOf(cal, ms));

/**
 * The working day `offset` working days after (offset > 0) or before (offset < 0) `isoDate`, not
 * counting `isoDate` itself. Offset 0 gives `isoDate` if it is a working day, else the working day
 * before it, so that a deadline on a day off never slips later.
 */
export const workingDayAt = (cal: BusinessCalendar, isoDate: string, offset: number): WorkingHours => {
  if (!Number.isInteger(offset)) throw new AppError('INVALID_INPUT', `A working-day offset must be whole, got ${offset}.`);
  const day = dayNumberOfIso(isoDate);
  if (offset === 0) return workingDays(cal, day, -1)();
  const direction = offset > 0 ? 1 : -1;
  const next = workingDays(cal, day + direction, direction);
  let found = next();
  for (let counted = 1; counted < Math.abs(offset); counted++) found = next();
  return found;
};

/**
 * The closing moment of the working day `isoDate`. A date that is not a working day gives the
 * close of the working day before it: a deadline should never slip later.
 */
export const endOfBusinessDay = (cal: BusinessCalendar, isoDate: string): number => workingDayAt(cal, isoDate, 0).close;
