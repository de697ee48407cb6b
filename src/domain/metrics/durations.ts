import type { Complaint } from '../complaint';
import { closedIn, isWithin, type BusinessDaysMeasure, type MetricsPeriod } from './metrics-query';
import { nearestRank } from './statistics';

/** Median and 90th percentile (nearest rank, see `nearestRank`) in business days. */
export interface DurationFigures {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

export const summarizeDurations = (values: readonly number[]): DurationFigures => ({
  count: values.length,
  median: nearestRank(values, 50),
  p90: nearestRank(values, 90),
});

/** Registered → first Start work, over complaints whose work started in the period. */
export const timeToFirstAction = (
  records: readonly Complaint[],
  period: MetricsPeriod,
  businessDays: BusinessDaysMeasure,
): DurationFigures =>
  summarizeDurations(
    records
      .filter((c): c is Complaint & { readonly firstActionAt: number } => isWithin(period, c.firstActionAt))
      .map((c) => businessDays(c.createdAt, c.firstActionAt)),
  );

/**
 * Registered → Closed, over complaints closed in the period, withdrawn ones included:
 * a withdrawal also ends the customer's complaint.
 */
export const timeToClose = (
  records: readonly Complaint[],
  period: MetricsPeriod,
  businessDays: BusinessDaysMeasure,
): DurationFigures =>
  summarizeDurations(closedIn(records, period).map((c) => businessDays(c.createdAt, c.closedAt)));
