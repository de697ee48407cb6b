import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Satisfaction } from '../complaint';
import type { DashboardFigures } from './compute-dashboard';
import { toCsv, type CsvCell } from './csv';
import type { DurationFigures } from './durations';
import type { EvidenceShare } from './iso-evidence';
import { TRIAGE } from './metrics-query';
import { OPEN_STATUSES, type OpenStatus } from './open-snapshot';

export type MonthlyReviewMetric =
  | 'periodStart'
  | 'periodEnd'
  | 'snapshotAt'
  | 'openByStatus'
  | 'openTotal'
  | 'openByDepartment'
  | 'overdueNow'
  | 'escalatedNow'
  | 'escalatedByCustomers'
  | 'registered'
  | 'closed'
  | 'firstActionMedian'
  | 'firstActionP90'
  | 'closeMedian'
  | 'closeP90'
  | 'satisfactionAverage'
  | 'satisfactionDistribution'
  | 'satisfactionShareFourOrFive'
  | 'consideredResolvedShare'
  | 'returnRate'
  | 'reopenRate'
  | 'followUpRate'
  | 'compensationByDepartment'
  | 'compensationTotal'
  | 'currency'
  | 'trendRegistered'
  | 'trendClosed'
  | 'trendSatisfaction'
  | 'topCategories'
  | 'topDepartments'
  | 'isoAcknowledgedWithinTarget'
  | 'isoRespondedWithinTarget'
  | 'isoSatisfactionAfterClosure'
  | 'isoImprovementsRecorded'
  | 'repeatWindowDays'
  | 'repeats'
  | 'repeatsSameCustomer'
  | 'repeatsSameSubject'
  | 'repeatShare';

/** The three numbers of each piece of ISO 10002 evidence. */
export type EvidencePart = 'met' | 'count' | 'share';

/** Every text of the export, in the reader's language; the figures carry only keys. */
export interface MonthlyReviewLabels {
  readonly columns: { readonly metric: string; readonly breakdown: string; readonly value: string };
  readonly metrics: Readonly<Record<MonthlyReviewMetric, string>>;
  readonly statuses: Readonly<Record<OpenStatus, string>>;
  readonly evidence: Readonly<Record<EvidencePart, string>>;
  /** Department names by id; an id without a name is written as the id. */
  readonly departments: Readonly<Record<string, string>>;
  readonly triage: string;
  readonly employeeCategory: string;
  readonly unspecifiedCategory: string;
}

const SCORES = [1, 2, 3, 4, 5] as const satisfies readonly Satisfaction[];

// Shares and averages are written with at most 4 decimals and a dot, whatever the locale:
// a decimal comma would split the field.
const rounded = (x: number | null): number | null => (x === null ? null : Math.round(x * 10_000) / 10_000);

/**
 * The monthly review as CSV with three columns (metric, breakdown, value) and a header row:
 * one row per number of the dashboard. Dates are in the business time zone; the period's
 * end is its last day, inclusive. An empty value means there was nothing to measure.
 */
export const toMonthlyReviewCsv = (figures: DashboardFigures, labels: MonthlyReviewLabels): string => {
  const m = labels.metrics;
  const at = (ms: number, pattern: string): string => format(new TZDate(ms, figures.timeZone), pattern);
  const department = (key: string): string => (key === TRIAGE ? labels.triage : (labels.departments[key] ?? key));
  const durations = (median: MonthlyReviewMetric, p90: MonthlyReviewMetric, d: DurationFigures): CsvCell[][] => [
    [m[median], null, rounded(d.median)],
    [m[p90], null, rounded(d.p90)],
  ];
  const evidence = (metric: MonthlyReviewMetric, e: EvidenceShare): CsvCell[][] => [
    [m[metric], labels.evidence.met, e.met],
    [m[metric], labels.evidence.count, e.count],
    [m[metric], labels.evidence.share, rounded(e.share)],
  ];
  const { open, satisfaction, rates, compensation, iso, repeats } = figures;

  return toCsv([
    [labels.columns.metric, labels.columns.breakdown, labels.columns.value],
    [m.periodStart, null, at(figures.period.from, 'yyyy-MM-dd')],
    [m.periodEnd, null, at(figures.period.to - 1, 'yyyy-MM-dd')],
    [m.snapshotAt, null, at(figures.now, 'yyyy-MM-dd HH:mm')],
    ...OPEN_STATUSES.map((s) => [m.openByStatus, labels.statuses[s], open.byStatus[s]]),
    [m.openTotal, null, open.total],
    ...open.byDepartment.map((row) => [m.openByDepartment, department(row.key), row.count]),
    [m.overdueNow, null, open.overdue],
    [m.escalatedNow, null, open.escalated],
    [m.escalatedByCustomers, null, figures.escalatedByCustomers],
    [m.registered, null, figures.registered],
    [m.closed, null, rates.closed],
    ...durations('firstActionMedian', 'firstActionP90', figures.timeToFirstAction),
    ...durations('closeMedian', 'closeP90', figures.timeToClose),
    [m.satisfactionAverage, null, rounded(satisfaction.average)],
    ...SCORES.map((s) => [m.satisfactionDistribution, String(s), satisfaction.distribution[s]]),
    [m.satisfactionShareFourOrFive, null, rounded(satisfaction.shareFourOrFive)],
    [m.consideredResolvedShare, null, rounded(satisfaction.shareConsideredResolved)],
    [m.returnRate, null, rounded(rates.returnRate)],
    [m.reopenRate, null, rounded(rates.reopenRate)],
    [m.followUpRate, null, rounded(rates.followUpRate)],
    ...compensation.byDepartment.map((row) => [m.compensationByDepartment, department(row.key), rounded(row.amount)]),
    [m.compensationTotal, null, rounded(compensation.total)],
    [m.currency, null, compensation.currency],
    ...figures.trend.flatMap((month) => [
      [m.trendRegistered, month.month, month.registered],
      [m.trendClosed, month.month, month.closed],
      [m.trendSatisfaction, month.month, rounded(month.averageSatisfaction)],
    ]),
    ...figures.topCategories.map((c) => [
      m.topCategories,
      c.kind === 'employee' ? labels.employeeCategory : (c.name ?? labels.unspecifiedCategory),
      c.count,
    ]),
    ...figures.topDepartments.map((row) => [m.topDepartments, department(row.key), row.count]),
    ...evidence('isoAcknowledgedWithinTarget', iso.acknowledgedWithinTarget),
    ...evidence('isoRespondedWithinTarget', iso.respondedWithinTarget),
    ...evidence('isoSatisfactionAfterClosure', iso.satisfactionAfterClosure),
    ...evidence('isoImprovementsRecorded', iso.improvementsRecorded),
    [m.repeatWindowDays, null, repeats.windowDays],
    [m.repeats, null, repeats.repeats],
    [m.repeatsSameCustomer, null, repeats.sameCustomer],
    [m.repeatsSameSubject, null, repeats.sameSubject],
    [m.repeatShare, null, rounded(repeats.share)],
  ]);
};
