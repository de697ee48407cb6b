import { sql, type Kysely, type RawBuilder } from 'kysely';
import { summarizeDurations, type DurationFigures } from '../../../domain/metrics/durations';
import type { EvidenceShare } from '../../../domain/metrics/iso-evidence';
import type { MetricsFilter, MetricsPeriod } from '../../../domain/metrics/metrics-query';
import { ratio } from '../../../domain/metrics/statistics';
import type { StoreDatabase } from '../store-schema';
import { closedWithin, count, inScope, within } from './dashboard-scope';

type DurationColumn = 'first_action_days' | 'close_days';

/**
 * One numeric column of the complaints in question, worked out when their rows were written:
 * about 20 bytes of answer a complaint, so even 100k of them stay far below Forge SQL's 4 MiB.
 * Ranking them here costs less than two sorted reads at an offset in the database.
 */
const durationsOf = async (db: Kysely<StoreDatabase>, column: DurationColumn, where: RawBuilder<unknown>): Promise<number[]> => {
  const { rows } = await sql<{ value: unknown }>`select ${sql.ref(`c.${column}`)} as value from complaint c where ${where}`.execute(db);
  return rows.map((row) => count(row.value));
};

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
  const firstAction = await durationsOf(db, 'first_action_days', sql`${inScope('c', filter)} and ${within('c', 'first_action_at', period)}`);
  const close = await durationsOf(db, 'close_days', sql`${inScope('c', filter)} and ${closedWithin('c', period)}`);
  const acknowledged = firstAction.filter((days) => days <= acknowledgeBusinessDays).length;
  return {
    timeToFirstAction: summarizeDurations(firstAction),
    timeToClose: summarizeDurations(close),
    acknowledgedWithinTarget: { count: firstAction.length, met: acknowledged, share: ratio(acknowledged, firstAction.length) },
  };
};
