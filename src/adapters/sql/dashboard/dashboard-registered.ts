import { sql, type Kysely, type RawBuilder } from 'kysely';
import { byCountThenKey, byKey, type CountRow } from '../../../domain/metrics/count-rows';
import { TRIAGE, type MetricsFilter, type MetricsPeriod } from '../../../domain/metrics/metrics-query';
import type { MonthFigures } from '../../../domain/metrics/monthly-trend';
import type { RepeatFigures } from '../../../domain/metrics/repeat-complaints';
import { ratio, sum } from '../../../domain/metrics/statistics';
import type { CategoryCount } from '../../../domain/metrics/top-counts';
import { SUBJECT_KIND } from '../column-codes';
import type { StoreDatabase } from '../store-schema';
import type { PeriodMonths } from './dashboard-months';
import { CLOSED, col, count, countWhere, inScope, scored, within, withinAny } from './dashboard-scope';

const DAY_MS = 86_400_000;

/**
 * The month (its index in `months`) that a time column falls in, as a CASE over the months' bounds
 * (literals). Statements group by its alias: under ONLY_FULL_GROUP_BY, MySQL and TiDB match a GROUP
 * BY expression with the select list's by its text, where two placeholders never match, and
 * MariaDB matches no expression at all; every engine takes an alias.
 */
const monthOf = (column: string, months: readonly MetricsPeriod[]): RawBuilder<unknown> =>
  sql`case ${sql.join(
    months.map((m, i) => sql`when ${col('c', column)} >= ${sql.lit(m.from)} and ${col('c', column)} < ${sql.lit(m.to)} then ${sql.lit(i)}`),
    sql` `,
  )} end`;

/** Complaints registered in the period, counted by department and by month in one grouped scan. */
export interface RegisteredCounts {
  /** `topDepartments` before the cut: at most 201 groups. */
  readonly byDepartment: readonly CountRow[];
  /** By month of `monthBuckets`. */
  readonly byMonth: readonly number[];
}

/** `registeredIn`, `topDepartments` and the trend's registrations: the rollups' and the rows' of the rest, in one grouped scan. */
export const registeredSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, { months, rowRanges, rolled }: PeriodMonths): Promise<RegisteredCounts> => {
  const byDepartment = new Map<string, number>();
  const byMonth = months.map(() => 0);
  const add = (departmentKey: string, month: number, n: number): void => {
    byDepartment.set(departmentKey, (byDepartment.get(departmentKey) ?? 0) + n);
    byMonth[month] = (byMonth[month] ?? 0) + n;
  };
  for (const r of rolled) add(r.departmentKey, r.month, r.registered);
  if (rowRanges.length > 0) {
    const { rows } = await sql<{ department_id: string | null; m: unknown; n: unknown }>`
      select c.department_id, ${monthOf('created_at', months)} as m, count(*) as n from complaint c
      where ${inScope('c', filter)} and ${withinAny('c', 'created_at', rowRanges)}
      group by c.department_id, m`.execute(db);
    for (const row of rows) add(row.department_id ?? TRIAGE, count(row.m), count(row.n));
  }
  return { byDepartment: [...byDepartment].filter(([, n]) => n > 0).map(([key, n]) => ({ key, count: n })).sort(byCountThenKey), byMonth };
};

/** `monthlyTrend`: the registrations counted by `registeredSql`, and the closings: the rollups', and one grouped scan of the rest. */
export const trendSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, { months, rowRanges, rolled }: PeriodMonths, registered: RegisteredCounts): Promise<MonthFigures[]> => {
  const closed = months.map(() => ({ n: 0, scoreSum: 0, scored: 0 }));
  const add = (month: number, n: number, scoreSum: number, scoredCount: number): void => {
    const c = closed[month];
    if (c === undefined) return;
    c.n += n;
    c.scoreSum += scoreSum;
    c.scored += scoredCount;
  };
  for (const r of rolled) add(r.month, r.closed, r.satisfactionSum, r.satisfactionCount);
  if (rowRanges.length > 0) {
    const { rows } = await sql<{ m: unknown; n: unknown; scored: unknown; score_sum: unknown }>`
      select ${monthOf('closed_at', months)} as m, count(*) as n, ${countWhere(scored('c'))} as scored,
        sum(case when ${scored('c')} then c.satisfaction else 0 end) as score_sum
      from complaint c
      where ${inScope('c', filter)} and c.status = ${CLOSED} and ${withinAny('c', 'closed_at', rowRanges)}
      group by m`.execute(db);
    for (const row of rows) add(count(row.m), count(row.n), count(row.score_sum), count(row.scored));
  }
  return months.map(({ month, from, to }, i) => ({
    month,
    from,
    to,
    registered: registered.byMonth[i] ?? 0,
    closed: closed[i]?.n ?? 0,
    averageSatisfaction: ratio(closed[i]?.scoreSum ?? 0, closed[i]?.scored ?? 0),
  }));
};

// `topCategories`' keys: every employee is one category, a service is its folded name. Grouped by
// its alias, for the reason `monthOf` gives.
const CATEGORY = sql`case when c.subject_kind = ${sql.lit(SUBJECT_KIND.encode('employee'))} then 'employee' else coalesce(c.subject_key, 'unspecified') end`;

/** What the complaints registered in the period give besides their number. */
export interface CategoriesAndRepeats {
  readonly topCategories: CategoryCount[];
  readonly repeats: RepeatFigures;
}

/** Within the window after the previous complaint of the row's project with the same key (`repeat-links.ts`). */
const repeats = (column: 'prev_customer_at' | 'prev_subject_at', window: number): RawBuilder<unknown> =>
  sql`${col('c', 'created_at')} - ${col('c', column)} <= ${sql.lit(window)}`;

/**
 * `topCategories` and `repeatFigures`, in one grouped scan of the complaints registered in the
 * period. Every category's count (a few hundred groups at most: the services people complain
 * about) is ordered and cut here, so ties are broken by the domain's key order whatever the
 * database's collation; then the spelling of each top service group's earliest complaint, found at
 * its moment through (subject_key, created_at). A repeat compares the row's registration with the
 * moments the row keeps of its previous complaints, which are strictly earlier.
 */
export const categoriesAndRepeatsSql = async (
  db: Kysely<StoreDatabase>,
  filter: MetricsFilter,
  period: MetricsPeriod,
  limit: number,
  windowDays: number,
): Promise<CategoriesAndRepeats> => {
  const registered = sql`${inScope('c', filter)} and ${within('c', 'created_at', period)}`;
  const window = windowDays * DAY_MS;
  const [customer, subject] = [repeats('prev_customer_at', window), repeats('prev_subject_at', window)];
  const { rows } = await sql<Record<'category' | 'n' | 'first_at' | 'customer' | 'subject' | 'either', unknown>>`
    select ${CATEGORY} as category, count(*) as n, min(c.created_at) as first_at,
      ${countWhere(customer)} as customer, ${countWhere(subject)} as subject, ${countWhere(sql`${customer} or ${subject}`)} as either
    from complaint c where ${registered} group by category`.execute(db);
  const total = (column: 'n' | 'customer' | 'subject' | 'either'): number => sum(rows.map((row) => count(row[column])));
  const top = rows.map((row) => ({ key: String(row.category), count: count(row.n), firstAt: count(row.first_at) })).sort(byCountThenKey).slice(0, Math.max(0, limit));
  const topCategories: CategoryCount[] = [];
  for (const { key, count: n, firstAt } of top) {
    if (key === 'employee' || key === 'unspecified') {
      topCategories.push({ kind: key, name: null, count: n });
      continue;
    }
    const { rows: first } = await sql<{ subject_value: string | null; issue_key: string }>`
      select c.subject_value, c.issue_key from complaint c where ${registered} and c.subject_key = ${key} and c.created_at = ${firstAt}`.execute(db);
    const [earliest] = first.sort((a, b) => byKey(a.issue_key, b.issue_key));
    topCategories.push({ kind: 'service', name: (earliest?.subject_value ?? '').trim(), count: n });
  }
  const either = total('either');
  return {
    topCategories,
    repeats: { windowDays, repeats: either, sameCustomer: total('customer'), sameSubject: total('subject'), share: ratio(either, total('n')) },
  };
};
