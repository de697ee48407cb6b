import { sql, type Kysely } from 'kysely';
import type { MetricsPeriod } from '../../../domain/metrics/metrics-query';
import type { MonthRollups } from '../../../ports/month-rollups.port';
import { guard } from '../store-failure';
import type { MonthTable, StoreDatabase } from '../store-schema';
import { toRolledMonth } from './dashboard-months';
import { closedWithin, count, countWhere, notClosedDuplicate, scored, within } from './dashboard-scope';

/** Rows a multi-row insert carries: a month has a row per project and department, a few hundred at most. */
const INSERT_CHUNK = 500;

type Counts = Pick<MonthTable, 'registered' | 'closed' | 'satisfaction_sum' | 'satisfaction_count'>;

const NONE: Counts = { registered: 0, closed: 0, satisfaction_sum: 0, satisfaction_count: 0 };

/** What `month` counts per project and department, from the rows: the same scope as `inScope` without a filter. */
const countMonth = async (db: Kysely<StoreDatabase>, month: MetricsPeriod): Promise<Map<string, Omit<MonthTable, 'month_from' | 'month_to'>>> => {
  const registered = await sql<{ project_key: string; department_id: string | null; n: unknown }>`
    select c.project_key, c.department_id, count(*) as n from complaint c
    where ${notClosedDuplicate('c')} and ${within('c', 'created_at', month)}
    group by c.project_key, c.department_id`.execute(db);
  const closed = await sql<{ project_key: string; department_id: string | null; n: unknown; score_sum: unknown; scored: unknown }>`
    select c.project_key, c.department_id, count(*) as n,
      sum(case when ${scored('c')} then c.satisfaction else 0 end) as score_sum, ${countWhere(scored('c'))} as scored
    from complaint c
    where ${notClosedDuplicate('c')} and ${closedWithin('c', month)}
    group by c.project_key, c.department_id`.execute(db);
  const groups = new Map<string, Omit<MonthTable, 'month_from' | 'month_to'>>();
  const group = (projectKey: string, departmentId: string | null) => {
    const key = JSON.stringify([projectKey, departmentId ?? '']);
    const row = groups.get(key) ?? { project_key: projectKey, department_id: departmentId ?? '', ...NONE };
    groups.set(key, row);
    return row;
  };
  for (const row of registered.rows) group(row.project_key, row.department_id).registered = count(row.n);
  for (const row of closed.rows) {
    const g = group(row.project_key, row.department_id);
    g.closed = count(row.n);
    g.satisfaction_sum = count(row.score_sum);
    g.satisfaction_count = count(row.scored);
  }
  return groups;
};

/**
 * The monthly rollups in the store's database. A month is counted again by two grouped
 * statements over its rows (through `complaint_period` and the creation time), and its rollup is
 * replaced. While it is replaced the month has no marker, so a dashboard reads it from its rows.
 */
export const createSqlMonthRollups = (db: Kysely<StoreDatabase>): MonthRollups => ({
  oldestRegistration: () =>
    guard('find the oldest complaint', async () => {
      const { rows } = await sql<{ oldest: unknown }>`select min(c.created_at) as oldest from complaint c`.execute(db);
      const oldest = rows[0]?.oldest;
      return oldest === null || oldest === undefined ? null : Number(oldest);
    }),

  rolledMonths: () =>
    guard('read the rolled-up months', async () => {
      const rows = await db.selectFrom('complaint_month_rolled').selectAll().orderBy('month_from').execute();
      return rows.map(toRolledMonth);
    }),

  rollUp: (month, now) =>
    guard('roll up a month', async () => {
      const groups = [...(await countMonth(db, month)).values()].map((g) => ({ month_from: month.from, month_to: month.to, ...g }));
      // The marker goes first, so that a view meanwhile reads the month from its rows, which are still there;
      // any rollup that overlaps the month goes, those of months bounded in another time zone too.
      await db.deleteFrom('complaint_month_rolled').where('month_from', '<', month.to).where('month_to', '>', month.from).execute();
      await db.deleteFrom('complaint_month').where('month_from', '<', month.to).where('month_to', '>', month.from).execute();
      for (let i = 0; i < groups.length; i += INSERT_CHUNK) await db.insertInto('complaint_month').values(groups.slice(i, i + INSERT_CHUNK)).execute();
      await db.insertInto('complaint_month_rolled').values({ month_from: month.from, month_to: month.to, rolled_at: now }).execute();
    }),
});
