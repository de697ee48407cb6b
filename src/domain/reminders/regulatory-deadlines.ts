import { businessDayOf, workingDayAt } from '../calendar/business-calendar';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import { endOfLocalDay, localDayOf } from '../calendar/working-day';
import { AppError } from '../app-error';
import type { Complaint } from '../complaint';
import type { ReminderPolicy } from './reminder-policy.schema';

/** UK FCA DISP 1.6.2R: a final response within eight weeks of receipt. */
const FCA_FINAL_DAYS = 56;
/** UK FCA DISP 1.6.2AR: a summary resolution by close of business on the third business day after receipt. */
const FCA_SUMMARY_BUSINESS_DAYS = 3;
/** US CFPB: a response within 15 days, a final response within 60 days. */
const CFPB_RESPONSE_DAYS = 15;
const CFPB_FINAL_DAYS = 60;

/** Epoch-ms deadlines of a complaint under the configured preset; absent when the preset sets none. */
export interface RegulatoryDeadlines {
  readonly response?: number;
  readonly final?: number;
  readonly summaryResolution?: number;
}

/**
 * A limit of n calendar days ends at the end of the n-th local day after receipt
 * (23:59:59.999 in the calendar's zone), whatever the hour of receipt.
 */
const endOfCalendarDay = (cal: BusinessCalendar, createdAt: number, days: number): number =>
  endOfLocalDay(cal, localDayOf(cal, createdAt) + days);

/** The close of the third business day after the day of receipt; the day of receipt does not count. */
export const summaryResolutionDeadline = (cal: BusinessCalendar, createdAt: number): number =>
  workingDayAt(cal, businessDayOf(cal, createdAt), FCA_SUMMARY_BUSINESS_DAYS).close;

export const regulatoryDeadlines = (
  cal: BusinessCalendar,
  overall: ReminderPolicy['overall'],
  createdAt: number,
): RegulatoryDeadlines => {
  switch (overall.preset) {
    case 'none':
      return {};
    case 'fca':
      return {
        final: endOfCalendarDay(cal, createdAt, FCA_FINAL_DAYS),
        summaryResolution: summaryResolutionDeadline(cal, createdAt),
      };
    case 'cfpb':
      return {
        response: endOfCalendarDay(cal, createdAt, CFPB_RESPONSE_DAYS),
        final: endOfCalendarDay(cal, createdAt, CFPB_FINAL_DAYS),
      };
    case 'custom':
      if (overall.customFinalResponseDays === undefined) {
        throw new AppError('INVALID_CONFIG', 'A custom preset needs its final-response limit in days.');
      }
      return { final: endOfCalendarDay(cal, createdAt, overall.customFinalResponseDays) };
  }
};

/**
 * FCA summary resolution: closed as done by the close of the third business day after receipt.
 * Withdrawn and duplicate complaints were not resolved, so they never count.
 */
export const isSummaryResolution = (
  cal: BusinessCalendar,
  complaint: Pick<Complaint, 'status' | 'resolution' | 'createdAt' | 'closedAt'>,
): boolean =>
  complaint.status === 'closed' &&
  complaint.resolution === 'done' &&
  complaint.closedAt !== null &&
  complaint.closedAt <= summaryResolutionDeadline(cal, complaint.createdAt);
