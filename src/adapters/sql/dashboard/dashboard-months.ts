import { sql, type Kysely } from 'kysely';
import { isRolledUp, type RolledMonth } from '../../../domain/metrics/index-horizon';
import { TRIAGE, type MetricsFilter, type MetricsPeriod } from '../../../domain/metrics/metrics-query';
import { monthBuckets } from '../../../domain/metrics/monthly-trend';
import type { StoreDatabase } from '../store-schema';
import { count, rollupInScope } from './dashboard-scope';

/** A rolled-up month's counts for one department key of the filter. */
export interface RolledCounts {
  /** The month's index in `PeriodMonths.months`. */
  readonly month: number;
  readonly departmentKey: string;
  readonly registered: number;
  readonly closed: number;
  readonly satisfactionSum: number;
  readonly satisfactionCount: number;
}

/** The period's months, and which of them the rollups answer. */
export interface PeriodMonths {
  /** `monthBuckets` of the period. */
  readonly months: readonly (MetricsPeriod & { readonly month: string })[];
  /** The rest of the period, which the rows answer: the current month, and any month not rolled up since it ended. */
  readonly rowRanges: readonly MetricsPeriod[];
  readonly rolled: readonly RolledCounts[];
}

/** A row of `complaint_month_rolled`; MySQL hands BIGINTs back as strings. */
export const toRolledMonth = (row: Readonly<Record<'month_from' | 'month_to' | 'rolled_at', unknown>>): RolledMonth => ({
  from: count(row.month_from),
  to: count(row.month_to),
  rolledAt: count(row.rolled_at),
});

/** Adjacent months merged into one range each. */
const ranges = (months: readonly MetricsPeriod[]): MetricsPeriod[] =>
  months.reduce<MetricsPeriod[]>((merged, m) => {
    const last = merged.at(-1);
    if (last?.to === m.from) merged[merged.length - 1] = { from: last.from, to: m.to };
    else merged.push({ from: m.from, to: m.to });
    return merged;
  }, []);

/**
 * Splits the period between the monthly rollups and the rows: a month whose rollup counts all of
 * it (`isRolledUp`) is read from the rollups, a few rows a month; the rest from the rows. The
 * rollups are as of the daily job's last run, so a closed month shows a reopen of today tomorrow.
 */
export const periodMonthsSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, period: MetricsPeriod, timeZone: string): Promise<PeriodMonths> => {
  const months = monthBuckets(period, timeZone).map(({ month, from, to }) => ({ month, from, to }));
  const markers = await db
    .selectFrom('complaint_month_rolled')
    .selectAll()
    .where('month_from', '>=', period.from)
    .where('month_to', '<=', period.to)
    .execute();
  const marked = markers.map(toRolledMonth);
  const rolledMonths = months.filter((m) => isRolledUp(m, marked));
  const rowRanges = ranges(months.filter((m) => !rolledMonths.includes(m)));
  if (rolledMonths.length === 0) return { months, rowRanges, rolled: [] };
  const { rows } = await sql<{ month_from: unknown; department_id: string; registered: unknown; closed: unknown; satisfaction_sum: unknown; satisfaction_count: unknown }>`
    select m.month_from, m.department_id, sum(m.registered) as registered, sum(m.closed) as closed,
      sum(m.satisfaction_sum) as satisfaction_sum, sum(m.satisfaction_count) as satisfaction_count
    from complaint_month m
    where ${rollupInScope('m', filter)} and m.month_from in (${sql.join(rolledMonths.map((m) => sql.val(m.from)))})
    group by m.month_from, m.department_id`.execute(db);
  const rolled = rows.map((row) => ({
    month: months.findIndex((m) => m.from === count(row.month_from)),
    departmentKey: row.department_id === '' ? TRIAGE : row.department_id,
    registered: count(row.registered),
    closed: count(row.closed),
    satisfactionSum: count(row.satisfaction_sum),
    satisfactionCount: count(row.satisfaction_count),
  }));
  return { months, rowRanges, rolled };
};
