import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DurationFigures } from '../../../domain/metrics/durations';
import type { EvidenceShare } from '../../../domain/metrics/iso-evidence';
import type { MetricsFilter, MetricsPeriod } from '../../../domain/metrics/metrics-query';
import { ratio } from '../../../domain/metrics/statistics';
import type { StoreDatabase } from '../store-schema';
import { closedWithin, count, countWhere, inScope, within } from './dashboard-scope';

type DurationColumn = 'first_action_days' | 'close_days';

/**
 * `nearestRank` in SQL: the value at rank ⌈percent · N / 100⌉ of the column in ascending order,
 * read as one row at that offset. The durations were worked out when the rows were written.
 */
const valueAtRank = async (db: Kysely<StoreDatabase>, column: DurationColumn, where: RawBuilder<unknown>, n: number, percent: number): Promise<number | null> => {
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((percent * n) / 100));
  const { rows } = await sql<{ value: unknown }>`
    select ${sql.ref(`c.${column}`)} as value from complaint c where ${where}
    order by ${sql.ref(`c.${column}`)} limit 1 offset ${sql.lit(rank - 1)}`.execute(db);
  return rows[0] === undefined ? null : count(rows[0].value);
};

const summarize = async (db: Kysely<StoreDatabase>, column: DurationColumn, where: RawBuilder<unknown>, n: number): Promise<DurationFigures> => ({
  count: n,
  median: await valueAtRank(db, column, where, n, 50),
  p90: await valueAtRank(db, column, where, n, 90),
});

export interface DurationsFigures {
  readonly timeToFirstAction: DurationFigures;
  readonly timeToClose: DurationFigures;
  readonly acknowledgedWithinTarget: EvidenceShare;
}

/** `timeToFirstAction`, `timeToClose` and acknowledgement within target, from the stored durations. */
export const durationsSql = async (
  db: Kysely<StoreDatabase>,
  filter: MetricsFilter,
  period: MetricsPeriod,
  acknowledgeBusinessDays: number,
): Promise<DurationsFigures> => {
  const started = sql`${inScope('c', filter)} and ${within('c', 'first_action_at', period)}`;
  const closed = sql`${inScope('c', filter)} and ${closedWithin('c', period)}`;
  const { rows } = await sql<{ started: unknown; acknowledged: unknown; closed: unknown }>`
    select ${countWhere(started)} as started,
      ${countWhere(sql`${started} and c.first_action_days <= ${acknowledgeBusinessDays}`)} as acknowledged,
      ${countWhere(closed)} as closed
    from complaint c
    where ${inScope('c', filter)}`.execute(db);
  const [counts] = rows;
  const startedN = count(counts?.started);
  const acknowledged = count(counts?.acknowledged);
  return {
    timeToFirstAction: await summarize(db, 'first_action_days', started, startedN),
    timeToClose: await summarize(db, 'close_days', closed, count(counts?.closed)),
    acknowledgedWithinTarget: { count: startedN, met: acknowledged, share: ratio(acknowledged, startedN) },
  };
};
