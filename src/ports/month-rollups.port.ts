import type { RolledMonth } from '../domain/metrics/index-horizon';
import type { MetricsPeriod } from '../domain/metrics/metrics-query';

/**
 * The monthly rollups of the complaint index (design.md section 12): per project, department and
 * month of the business time zone, what the month-by-month trend counts, kept after the rows go.
 */
export interface MonthRollups {
  /** The earliest registration the index holds; null when it holds none. */
  oldestRegistration(): Promise<number | null>;
  /** Every rolled-up month: one row a month since the app was installed. */
  rolledMonths(): Promise<RolledMonth[]>;
  /** Counts `month` again from the rows and replaces its rollup (of any month it overlaps). */
  rollUp(month: MetricsPeriod, now: number): Promise<void>;
}
