import type { Complaint } from '../complaint';

/**
 * The longest period the gadget offers, in months: a year's review. The index keeps every row such
 * a period reads (`index-horizon.ts`); the trend's older months come from the monthly rollups.
 */
export const MAX_PERIOD_MONTHS = 12;

/** A reporting period in epoch ms, half-open: `from` is in it, `to` is not. */
export interface MetricsPeriod {
  readonly from: number;
  readonly to: number;
}

/** The complaint index row with the two scheduling columns that the dashboard reads. */
export type MetricsRecord = Complaint & {
  /** The moment the current step falls due (`ReminderPlan.dueAt`); null when closed. */
  readonly dueAt: number | null;
  /** 0 until the first escalation; it only rises until the status changes. */
  readonly escalationLevel: number;
};

/** Business days between two moments; injected so that the metrics never depend on one calendar. */
export type BusinessDaysMeasure = (fromMs: number, toMs: number) => number;

/** What the gadget lets a manager narrow the figures to. An empty list means "all". */
export interface MetricsFilter {
  readonly projectKeys: readonly string[];
  /** Department keys, as `departmentKey` gives them: a department id or `TRIAGE`. */
  readonly departmentIds: readonly string[];
}

/** The key under which complaints without a department are counted and filtered. */
export const TRIAGE = 'triage';

export const departmentKey = (c: Pick<Complaint, 'departmentId'>): string => c.departmentId ?? TRIAGE;

export const isWithin = (period: MetricsPeriod, t: number | null): t is number =>
  t !== null && period.from <= t && t < period.to;

// A duplicate is the same complaint registered twice: counting it would count one complaint twice.
const isClosedDuplicate = (c: Complaint): boolean => c.status === 'closed' && c.resolution === 'duplicate';

/**
 * The records every figure is computed over: in the chosen projects and departments,
 * and not closed as a duplicate.
 */
export const filterRecords = <T extends Complaint>(records: readonly T[], filter: MetricsFilter): T[] => {
  const projects = new Set(filter.projectKeys);
  const departments = new Set(filter.departmentIds);
  return records.filter(
    (c) =>
      !isClosedDuplicate(c) &&
      (projects.size === 0 || projects.has(c.projectKey)) &&
      (departments.size === 0 || departments.has(departmentKey(c))),
  );
};

/** Complaints registered in the period (by `createdAt`). */
export const registeredIn = <T extends Complaint>(records: readonly T[], period: MetricsPeriod): T[] =>
  records.filter((c) => isWithin(period, c.createdAt));

/**
 * Complaints closed in the period and still closed. The figures read the current index row,
 * so a complaint reopened later leaves the period's closed count until it is closed again.
 */
export const closedIn = <T extends Complaint>(
  records: readonly T[],
  period: MetricsPeriod,
): (T & { readonly closedAt: number })[] =>
  records.filter((c): c is T & { readonly closedAt: number } => c.status === 'closed' && isWithin(period, c.closedAt));
