import { compensationPaid, type CompensationFigures } from './compensation';
import type { CountRow } from './count-rows';
import { timeToClose, timeToFirstAction, type DurationFigures } from './durations';
import {
  filterRecords,
  registeredIn,
  type BusinessDaysMeasure,
  type MetricsFilter,
  type MetricsPeriod,
  type MetricsRecord,
} from './metrics-query';
import { monthlyTrend, type MonthFigures } from './monthly-trend';
import { openSnapshot, type OpenSnapshot } from './open-snapshot';
import { followedUpKeys, rateFigures, type RateFigures } from './rates';
import { satisfactionFigures, type SatisfactionFigures } from './satisfaction';
import { topCategories, topDepartments, type CategoryCount } from './top-counts';

/** One gadget view: its configuration plus the business time zone for month boundaries. */
export interface DashboardQuery extends MetricsFilter {
  readonly period: MetricsPeriod;
  /** IANA time zone of the business calendar. */
  readonly timeZone: string;
  /** How many top categories and departments to show. */
  readonly top: number;
}

/** Every number on the manager dashboard (design.md section 7). */
export interface DashboardFigures {
  readonly period: MetricsPeriod;
  readonly timeZone: string;
  /** The moment of the open-complaint snapshot. */
  readonly now: number;
  readonly open: OpenSnapshot;
  readonly registered: number;
  readonly timeToFirstAction: DurationFigures;
  readonly timeToClose: DurationFigures;
  readonly satisfaction: SatisfactionFigures;
  readonly rates: RateFigures;
  readonly compensation: CompensationFigures;
  readonly trend: readonly MonthFigures[];
  readonly topCategories: readonly CategoryCount[];
  readonly topDepartments: readonly CountRow[];
}

/** Computes the dashboard from index rows alone: no Jira call, no clock but `now`. */
export const computeDashboard = (
  records: readonly MetricsRecord[],
  query: DashboardQuery,
  businessDays: BusinessDaysMeasure,
  now: number,
): DashboardFigures => {
  const { period, timeZone, top } = query;
  const selected = filterRecords(records, query);
  return {
    period,
    timeZone,
    now,
    open: openSnapshot(selected, now),
    registered: registeredIn(selected, period).length,
    timeToFirstAction: timeToFirstAction(selected, period, businessDays),
    timeToClose: timeToClose(selected, period, businessDays),
    satisfaction: satisfactionFigures(selected, period),
    rates: rateFigures(selected, period, followedUpKeys(records)),
    compensation: compensationPaid(selected, period),
    trend: monthlyTrend(selected, period, timeZone),
    topCategories: topCategories(selected, period, top),
    topDepartments: topDepartments(selected, period, top),
  };
};
