import { businessDayOf } from '../calendar/business-calendar';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import type { Complaint, TrailEntry } from '../complaint';

/**
 * The trail key of an action: a reminder once per reason and business day (the once-a-day rule),
 * an escalation once per reason and level in one stay in a status (the level only rises).
 */
export const dueActionKey = (calendar: BusinessCalendar, complaint: Pick<Complaint, 'statusChangedAt'>, entry: TrailEntry): string =>
  entry.kind === 'reminded'
    ? `reminded:${entry.reason}:${businessDayOf(calendar, entry.at)}`
    : `escalated:${entry.reason}:${String(entry.level ?? 0)}:${String(complaint.statusChangedAt)}`;
