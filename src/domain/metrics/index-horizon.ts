import { TZDate } from '@date-fns/tz';
import { startOfMonth } from 'date-fns';
import { lastMonths } from './dashboard-period';
import { MAX_PERIOD_MONTHS } from './metrics-query';
import type { MetricsPeriod } from './metrics-query';
import { monthBuckets } from './monthly-trend';

const DAY_MS = 86_400_000;

/**
 * The index horizon (design.md section 12): complaints closed before it are past every figure
 * the gadget can show, since its longest period starts after it, and so do the look-backs of that
 * period's repeat complaints. Their months live on in the monthly rollups.
 */
export const indexHorizon = (now: number, timeZone: string, repeatWindowDays: number): number =>
  lastMonths(now, MAX_PERIOD_MONTHS, timeZone).from - repeatWindowDays * DAY_MS;

/** A month whose rollup was written at `rolledAt`. */
export interface RolledMonth extends MetricsPeriod {
  readonly rolledAt: number;
}

/**
 * Whether `month` has a rollup that counts all of it: written after it ended, and for the same
 * bounds (a change of the business time zone moves them, and the rows count until the next run).
 */
export const isRolledUp = (month: MetricsPeriod, rolled: readonly RolledMonth[]): boolean =>
  rolled.some((r) => r.from === month.from && r.to === month.to && r.rolledAt >= r.to);

export interface RollupPlan {
  readonly now: number;
  readonly timeZone: string;
  readonly horizon: number;
  /** The earliest registration the index holds; null when it holds none. */
  readonly oldestAt: number | null;
  readonly rolled: readonly RolledMonth[];
}

/**
 * The ended months of the business time zone whose rollups the daily job writes: again each day
 * every month that starts at or after the horizon (its rows are all there, and a late reopen or
 * rating changes it), and once any older month still without one (rows go only once their months
 * are rolled up). An older month rolled up stays as it is: its rows may be gone.
 */
export const monthsToRollUp = ({ now, timeZone, horizon, oldestAt, rolled }: RollupPlan): MetricsPeriod[] => {
  if (oldestAt === null) return [];
  const ended = { from: startOfMonth(new TZDate(oldestAt, timeZone)).getTime(), to: lastMonths(now, 1, timeZone).from };
  return monthBuckets(ended, timeZone)
    .map(({ from, to }) => ({ from, to }))
    .filter((month) => month.from >= horizon || !isRolledUp(month, rolled));
};
