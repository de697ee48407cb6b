import { sql, type Kysely } from 'kysely';
import type { Satisfaction } from '../../../domain/complaint';
import { roundMoney } from '../../../domain/metrics/compensation';
import type { MoneyFigures } from '../../../domain/metrics/compute-dashboard';
import { byCountThenKey, byKey, type CountRow } from '../../../domain/metrics/count-rows';
import type { EvidenceShare } from '../../../domain/metrics/iso-evidence';
import { TRIAGE, type MetricsFilter, type MetricsPeriod } from '../../../domain/metrics/metrics-query';
import type { OpenSnapshot } from '../../../domain/metrics/open-snapshot';
import type { RateFigures } from '../../../domain/metrics/rates';
import type { SatisfactionFigures } from '../../../domain/metrics/satisfaction';
import { ratio, sum } from '../../../domain/metrics/statistics';
import { STATUS } from '../column-codes';
import type { StoreDatabase } from '../store-schema';
import { closedWithin, CLOSED, col, count, countWhere, DONE, inScope } from './dashboard-scope';

const byKeyCount = (counts: Map<string, number>): CountRow[] => [...counts].map(([key, n]) => ({ key, count: n })).sort(byCountThenKey);

const add = (counts: Map<string, number>, key: string, n: number): void => void counts.set(key, (counts.get(key) ?? 0) + n);

/** `openSnapshot`: one grouped scan of the open complaints by status and department. */
export const openSnapshotSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, now: number): Promise<OpenSnapshot> => {
  const { rows } = await sql<{ status: number; department_id: string | null; n: unknown; overdue: unknown; escalated: unknown }>`
    select c.status, c.department_id, count(*) as n,
      ${countWhere(sql`${col('c', 'due_at')} < ${now}`)} as overdue,
      ${countWhere(sql`${col('c', 'escalation_level')} > 0`)} as escalated
    from complaint c
    where ${inScope('c', filter)} and c.status <> ${CLOSED}
    group by c.status, c.department_id`.execute(db);
  const byStatus = { registered: 0, in_progress: 0, measures_done: 0 };
  const byDepartment = new Map<string, number>();
  let overdue = 0;
  let escalated = 0;
  for (const row of rows) {
    const status = STATUS.decode(row.status);
    if (status !== 'closed') byStatus[status] += count(row.n);
    add(byDepartment, row.department_id ?? TRIAGE, count(row.n));
    overdue += count(row.overdue);
    escalated += count(row.escalated);
  }
  return {
    total: byStatus.registered + byStatus.in_progress + byStatus.measures_done,
    byStatus,
    byDepartment: byKeyCount(byDepartment),
    overdue,
    escalated,
  };
};

/** What the complaints closed in the period give: rates, satisfaction and the evidence of the closing. */
export interface ClosedFigures {
  readonly rates: RateFigures;
  readonly satisfaction: SatisfactionFigures;
  readonly respondedWithinTarget: EvidenceShare;
  readonly satisfactionAfterClosure: EvidenceShare;
  readonly improvementsRecorded: EvidenceShare;
  /** Before the currency is added. */
  readonly compensation: Omit<MoneyFigures, 'currency'>;
}

const evidence = (n: number, met: number): EvidenceShare => ({ count: n, met, share: ratio(met, n) });

/**
 * `rateFigures`, `satisfactionFigures`, `compensationPaid` and the closing's ISO evidence: one scan
 * of the complaints closed in the period, grouped by department, resolution and score. A follow-up of any project or department
 * counts, as `followedUpKeys` takes every record.
 */
export const closedFiguresSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, period: MetricsPeriod): Promise<ClosedFigures> => {
  const { rows } = await sql<Record<'department_id' | 'resolution' | 'satisfaction' | 'n' | 'paid' | 'paid_n' | 'returns' | 'reopens' | 'followed' | 'answered' | 'resolved' | 'with_due' | 'in_time' | 'measured', unknown>>`
    select c.department_id, c.resolution, c.satisfaction, count(*) as n,
      sum(c.compensation) as paid, count(c.compensation) as paid_n,
      sum(c.return_count) as returns, sum(c.reopen_count) as reopens,
      ${countWhere(sql`exists (select 1 from complaint f where f.follow_up_of = c.issue_key)`)} as followed,
      ${countWhere(sql`c.considered_resolved is not null`)} as answered,
      ${countWhere(sql`c.considered_resolved = 1`)} as resolved,
      ${countWhere(sql`c.response_due_at is not null`)} as with_due,
      ${countWhere(sql`c.closed_at <= c.response_due_at`)} as in_time,
      ${countWhere(sql`length(c.measures) > 0`)} as measured
    from complaint c
    where ${inScope('c', filter)} and ${closedWithin('c', period)}
    group by c.department_id, c.resolution, c.satisfaction`.execute(db);
  const total = (key: keyof (typeof rows)[number], only: (row: (typeof rows)[number]) => boolean = () => true): number =>
    sum(rows.filter(only).map((row) => count(row[key])));
  const isDone = (row: (typeof rows)[number]): boolean => count(row.resolution) === DONE;
  const closed = total('n');
  const distribution: Record<Satisfaction, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let scoreSum = 0;
  for (const row of rows.filter(isDone)) {
    if (row.satisfaction === null) continue;
    const score = count(row.satisfaction) as Satisfaction;
    distribution[score] += count(row.n);
    scoreSum += score * count(row.n);
  }
  const scored = distribution[1] + distribution[2] + distribution[3] + distribution[4] + distribution[5];
  const done = total('n', isDone);
  return {
    rates: {
      closed,
      returnRate: ratio(total('returns'), closed),
      reopenRate: ratio(total('reopens'), closed),
      followUpRate: ratio(total('followed'), closed),
    },
    satisfaction: {
      count: scored,
      average: ratio(scoreSum, scored),
      distribution,
      shareFourOrFive: ratio(distribution[4] + distribution[5], scored),
      shareConsideredResolved: ratio(total('resolved', isDone), total('answered', isDone)),
    },
    respondedWithinTarget: evidence(total('with_due'), total('in_time')),
    satisfactionAfterClosure: evidence(done, scored),
    improvementsRecorded: evidence(done, total('measured', isDone)),
    compensation: compensationOf(rows),
  };
};

/** `compensationPaid` from the groups: the departments with any amount recorded, largest first, rounded alike. */
const compensationOf = (rows: readonly Readonly<Record<'department_id' | 'paid' | 'paid_n', unknown>>[]): Omit<MoneyFigures, 'currency'> => {
  const amounts = new Map<string, number>();
  for (const row of rows) {
    if (count(row.paid_n) === 0) continue;
    const key = typeof row.department_id === 'string' ? row.department_id : TRIAGE;
    amounts.set(key, (amounts.get(key) ?? 0) + count(row.paid));
  }
  const byDepartment = [...amounts].map(([key, amount]) => ({ key, amount: roundMoney(amount) })).sort((a, b) => b.amount - a.amount || byKey(a.key, b.key));
  return { total: roundMoney(sum(byDepartment.map((row) => row.amount))), byDepartment };
};
