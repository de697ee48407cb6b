import { sql, type Kysely, type RawBuilder } from 'kysely';
import { byCountThenKey, type CountRow } from '../../../domain/metrics/count-rows';
import { TRIAGE, type MetricsFilter, type MetricsPeriod } from '../../../domain/metrics/metrics-query';
import { monthBuckets, type MonthFigures } from '../../../domain/metrics/monthly-trend';
import type { RepeatFigures } from '../../../domain/metrics/repeat-complaints';
import { ratio } from '../../../domain/metrics/statistics';
import type { CategoryCount } from '../../../domain/metrics/top-counts';
import { SUBJECT_KIND } from '../column-codes';
import type { StoreDatabase } from '../store-schema';
import { closedWithin, col, count, countWhere, DONE, inScope, within } from './dashboard-scope';

const DAY_MS = 86_400_000;

/** The month (its index in `months`) that a time column falls in, as a CASE over the months' bounds. */
const monthOf = (column: string, months: readonly MetricsPeriod[]): RawBuilder<unknown> =>
  sql`case ${sql.join(
    months.map((m, i) => sql`when ${col('c', column)} >= ${m.from} and ${col('c', column)} < ${m.to} then ${sql.lit(i)}`),
    sql` `,
  )} end`;

/** `monthlyTrend`: registered and closed complaints grouped by month in two scans. */
export const trendSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, period: MetricsPeriod, timeZone: string): Promise<MonthFigures[]> => {
  const months = monthBuckets(period, timeZone);
  if (months.length === 0) return [];
  const registered = await sql<{ m: unknown; n: unknown }>`
    select ${monthOf('created_at', months)} as m, count(*) as n from complaint c
    where ${inScope('c', filter)} and ${within('c', 'created_at', period)}
    group by ${monthOf('created_at', months)}`.execute(db);
  const closed = await sql<{ m: unknown; n: unknown; scored: unknown; score_sum: unknown }>`
    select ${monthOf('closed_at', months)} as m, count(*) as n,
      ${countWhere(sql`c.resolution = ${DONE} and c.satisfaction is not null`)} as scored,
      sum(case when c.resolution = ${DONE} then c.satisfaction else 0 end) as score_sum
    from complaint c
    where ${inScope('c', filter)} and ${closedWithin('c', period)}
    group by ${monthOf('closed_at', months)}`.execute(db);
  const inMonth = <T extends { m: unknown }>(rows: readonly T[], i: number): T | undefined => rows.find((row) => count(row.m) === i);
  return months.map(({ month, from, to }, i) => {
    const c = inMonth(closed.rows, i);
    return {
      month,
      from,
      to,
      registered: count(inMonth(registered.rows, i)?.n),
      closed: count(c?.n),
      averageSatisfaction: ratio(count(c?.score_sum), count(c?.scored)),
    };
  });
};

// `topCategories`' keys: every employee is one category, a service is its folded name.
const CATEGORY = sql`case when c.subject_kind = ${SUBJECT_KIND.encode('employee')} then 'employee' else coalesce(c.subject_key, 'unspecified') end`;

/**
 * `topCategories`: the groups as large as the `limit`-th largest, ordered and cut here, so ties
 * are broken by the domain's key order whatever the database's collation; then the spelling of
 * each service group's earliest complaint.
 */
export const topCategoriesSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, period: MetricsPeriod, limit: number): Promise<CategoryCount[]> => {
  if (limit <= 0) return [];
  const registered = sql`${inScope('c', filter)} and ${within('c', 'created_at', period)}`;
  const { rows: nth } = await sql<{ n: unknown }>`
    select count(*) as n from complaint c where ${registered} group by ${CATEGORY}
    order by count(*) desc limit 1 offset ${sql.lit(limit - 1)}`.execute(db);
  const { rows } = await sql<{ category: string; n: unknown }>`
    select ${CATEGORY} as category, count(*) as n from complaint c where ${registered}
    group by ${CATEGORY} having count(*) >= ${count(nth[0]?.n)}`.execute(db);
  const top = rows.map((row) => ({ key: row.category, count: count(row.n) })).sort(byCountThenKey).slice(0, limit);
  const categories: CategoryCount[] = [];
  for (const { key, count: n } of top) {
    if (key === 'employee' || key === 'unspecified') {
      categories.push({ kind: key, name: null, count: n });
      continue;
    }
    const { rows: first } = await sql<{ subject_value: string | null }>`
      select c.subject_value from complaint c where ${registered} and c.subject_key = ${key}
      order by c.created_at, c.issue_key limit 1`.execute(db);
    categories.push({ kind: 'service', name: (first[0]?.subject_value ?? '').trim(), count: n });
  }
  return categories;
};

/** `registeredIn` and `topDepartments`: complaints registered in the period by department (at most 201 groups). */
export const registeredByDepartmentSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, period: MetricsPeriod): Promise<CountRow[]> => {
  const { rows } = await sql<{ department_id: string | null; n: unknown }>`
    select c.department_id, count(*) as n from complaint c
    where ${inScope('c', filter)} and ${within('c', 'created_at', period)}
    group by c.department_id`.execute(db);
  return rows.map((row) => ({ key: row.department_id ?? TRIAGE, count: count(row.n) })).sort(byCountThenKey);
};

/**
 * `repeatFigures`: for each complaint registered in the period, whether an earlier one in scope,
 * at most the window before, has the same (not anonymous) reporter or the same subject key.
 */
export const repeatsSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, period: MetricsPeriod, windowDays: number): Promise<RepeatFigures> => {
  const earlier = (same: RawBuilder<unknown>) =>
    sql`exists (select 1 from complaint p where ${inScope('p', filter)} and ${same}
      and p.created_at < c.created_at and p.created_at >= c.created_at - ${windowDays * DAY_MS})`;
  const customer = earlier(sql`c.anonymous = 0 and p.anonymous = 0 and p.reporter_account_id = c.reporter_account_id`);
  const subject = earlier(sql`p.subject_key = c.subject_key`);
  // Each look-back is evaluated once a row, in the inner select; the outer one only adds up.
  const { rows } = await sql<{ n: unknown; customer: unknown; subject: unknown; either: unknown }>`
    select count(*) as n, sum(t.customer) as customer, sum(t.subject) as subject,
      sum(case when t.customer = 1 or t.subject = 1 then 1 else 0 end) as either
    from (
      select case when ${customer} then 1 else 0 end as customer, case when ${subject} then 1 else 0 end as subject
      from complaint c
      where ${inScope('c', filter)} and ${within('c', 'created_at', period)}
    ) t`.execute(db);
  const [row] = rows;
  const repeats = count(row?.either);
  return { windowDays, repeats, sameCustomer: count(row?.customer), sameSubject: count(row?.subject), share: ratio(repeats, count(row?.n)) };
};
