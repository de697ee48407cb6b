import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import { businessDaysBetween } from '../calendar/business-time';
import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import type { ReminderPolicy } from '../reminders/reminder-policy.schema';
import { regulatoryDeadlines } from '../reminders/regulatory-deadlines';
import type { EvidenceMeasures } from './iso-evidence';

/** What the durations and deadlines of a complaint are measured with. */
export interface TimingSettings {
  readonly calendar: BusinessCalendar;
  readonly overall: ReminderPolicy['overall'];
}

/** The configured calendar and preset. */
export const timingSettingsOf = (config: Pick<AppConfig, 'calendar' | 'policy'>): TimingSettings => ({
  calendar: config.calendar,
  overall: config.policy.overall,
});

/**
 * A complaint's durations in business days and its response deadline, worked out when its index
 * row is written, so that the dashboard's medians and shares need no calendar work when read.
 */
export interface ComplaintTimings {
  /** Registered → first Start work; null before it. */
  readonly firstActionDays: number | null;
  /** Registered → Closed; null while it was never closed. */
  readonly closeDays: number | null;
  /** The regulatory response deadline (the first response if the preset sets one, else the final one). */
  readonly responseDueAt: number | null;
}

/** The measures the metrics definitions take, under these settings. */
export const evidenceMeasures = ({ calendar, overall }: TimingSettings): EvidenceMeasures => ({
  businessDays: (from, to) => businessDaysBetween(calendar, from, to),
  responseDueAt: (createdAt) => {
    const deadlines = regulatoryDeadlines(calendar, overall, createdAt);
    return deadlines.response ?? deadlines.final ?? null;
  },
});

export const complaintTimings = (
  settings: TimingSettings,
  c: Pick<Complaint, 'createdAt' | 'firstActionAt' | 'closedAt'>,
): ComplaintTimings => {
  const { businessDays, responseDueAt } = evidenceMeasures(settings);
  return {
    firstActionDays: c.firstActionAt === null ? null : businessDays(c.createdAt, c.firstActionAt),
    closeDays: c.closedAt === null ? null : businessDays(c.createdAt, c.closedAt),
    responseDueAt: responseDueAt(c.createdAt),
  };
};
