import { compensationPaid, type CompensationFigures } from './compensation';
import type { CountRow } from './count-rows';
import { escalatedByCustomers, type CustomerEscalation } from './customer-escalations';
import { timeToClose, timeToFirstAction, type DurationFigures } from './durations';
import {
  filterRecords,
  registeredIn,
  type MetricsFilter,
  type MetricsPeriod,
  type MetricsRecord,
} from './metrics-query';
import { monthlyTrend, type MonthFigures } from './monthly-trend';
import { openSnapshot, type OpenSnapshot } from './open-snapshot';
import { isoEvidence, type EvidenceMeasures, type IsoEvidence } from './iso-evidence';
import { followedUpKeys, rateFigures, type RateFigures } from './rates';
import { repeatFigures, type RepeatFigures } from './repeat-complaints';
import { satisfactionFigures, type SatisfactionFigures } from './satisfaction';
import { topCategories, topDepartments, type CategoryCount } from './top-counts';

/** One gadget view: its configuration plus the business time zone for month boundaries. */
export interface DashboardQuery extends MetricsFilter {
  readonly period: MetricsPeriod;
  /** IANA time zone of the business calendar. */
  readonly timeZone: string;
  /** How many top categories and departments to show. */
  readonly top: number;
  /** ISO 4217 code of the configured currency, which compensation is recorded in. */
  readonly currency: string;
  /** The configuration's `repeatWindowDays`. */
  readonly repeatWindowDays: number;
  /** The policy's business days for Registered: the target of acknowledging a complaint. */
  readonly acknowledgeBusinessDays: number;
}

/** Compensation in money: the amounts with the currency they are in. */
export interface MoneyFigures extends CompensationFigures {
  readonly currency: string;
}

/** Every number on the manager dashboard (design.md section 7). */
export interface DashboardFigures {
  readonly period: MetricsPeriod;
  readonly timeZone: string;
  /** The moment of the open-complaint snapshot. */
  readonly now: number;
  readonly open: OpenSnapshot;
  /** Complaints their customers escalated from the portal in the period (issue 16). */
  readonly escalatedByCustomers: number;
  readonly registered: number;
  readonly timeToFirstAction: DurationFigures;
  readonly timeToClose: DurationFigures;
  readonly satisfaction: SatisfactionFigures;
  readonly rates: RateFigures;
  readonly compensation: MoneyFigures;
  readonly trend: readonly MonthFigures[];
  readonly topCategories: readonly CategoryCount[];
  readonly topDepartments: readonly CountRow[];
  readonly iso: IsoEvidence;
  readonly repeats: RepeatFigures;
}

/** Computes the dashboard from index rows (and the customers' escalations on their trails) alone: no Jira call, no clock but `now`. */
export const computeDashboard = (
  records: readonly MetricsRecord[],
  query: DashboardQuery,
  measures: EvidenceMeasures,
  now: number,
  customerEscalations: readonly CustomerEscalation[] = [],
): DashboardFigures => {
  const { period, timeZone, top } = query;
  const { businessDays } = measures;
  const selected = filterRecords(records, query);
  return {
    period,
    timeZone,
    now,
    open: openSnapshot(selected, now),
    escalatedByCustomers: escalatedByCustomers(selected, customerEscalations, period),
    registered: registeredIn(selected, period).length,
    timeToFirstAction: timeToFirstAction(selected, period, businessDays),
    timeToClose: timeToClose(selected, period, businessDays),
    satisfaction: satisfactionFigures(selected, period),
    rates: rateFigures(selected, period, followedUpKeys(records)),
    compensation: { currency: query.currency, ...compensationPaid(selected, period) },
    trend: monthlyTrend(selected, period, timeZone),
    topCategories: topCategories(selected, period, top),
    topDepartments: topDepartments(selected, period, top),
    iso: isoEvidence(selected, period, query.acknowledgeBusinessDays, measures),
    repeats: repeatFigures(records, query, period, query.repeatWindowDays),
  };
};
