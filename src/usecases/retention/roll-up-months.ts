import type { AppConfig } from '../../domain/config/app-config.schema';
import { indexHorizon, monthsToRollUp } from '../../domain/metrics/index-horizon';
import type { Clock } from '../../ports/clock.port';
import type { MonthRollups } from '../../ports/month-rollups.port';

export interface RollUpMonthsDeps {
  readonly rollups: MonthRollups;
  readonly clock: Clock;
  readonly config: Pick<AppConfig, 'calendar' | 'repeatWindowDays'>;
}

/**
 * The daily job's first step: the rollups of the ended months (`monthsToRollUp`), before
 * anything deletes rows. About 12 months of two grouped statements each, one month at a time.
 * Returns how many months it rolled up.
 */
export const rollUpMonths = async ({ rollups, clock, config }: RollUpMonthsDeps): Promise<number> => {
  const now = clock.now();
  const { timeZone } = config.calendar;
  const horizon = indexHorizon(now, timeZone, config.repeatWindowDays);
  const oldestAt = await rollups.oldestRegistration();
  const months = monthsToRollUp({ now, timeZone, horizon, oldestAt, rolled: await rollups.rolledMonths() });
  for (const month of months) await rollups.rollUp(month, now);
  return months.length;
};
