import { businessDayOf, workingDayAt } from '../calendar/business-calendar';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import type { Complaint, TrailEntry } from '../complaint';

/*
 * A stalled complaint is reminded every business day, and a trail row a day would grow without
 * bound (design.md section 12). The trail keeps one row per reminder reason and stay in a status
 * instead: it holds the last reminder (its moment, recipients and status) and how many there were
 * (`TrailEntry.times`). The once-a-day rule reads it as before: a reminder sent today left today's
 * moment on the row. Escalations keep a row each: at most one per level and stay in a status.
 */

/** The key of the row that rolls up a complaint's reminders for one reason in its current stay in a status. */
export const reminderRowKey = (complaint: Pick<Complaint, 'statusChangedAt'>, entry: Pick<TrailEntry, 'reason'>): string =>
  `reminded:${entry.reason}:since:${String(complaint.statusChangedAt)}`;

/**
 * From when a reminder sent at `at` is the day's: its working day's opening. Reminders go out in
 * working time only, so a row whose last reminder is earlier was written on an earlier day.
 */
export const reminderDayStart = (cal: BusinessCalendar, at: number): number => workingDayAt(cal, businessDayOf(cal, at), 0).open;
