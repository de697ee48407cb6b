import { pauseAfterRateLimit } from '../../domain/notifications/send-pacing';
import { createForgeSqlSendPacing } from './sql/forge-sql-store.adapter';

/**
 * Records Jira's 429 as the installation's send pause in Forge SQL, which every sender reads
 * before it sends. A failure to record is logged, never thrown: the call's own answer matters more.
 */
export const recordRateLimit = async (retryAfterMs: number | null): Promise<void> => {
  try {
    const pacing = createForgeSqlSendPacing();
    await pacing.pauseUntil(pauseAfterRateLimit(retryAfterMs, Date.now(), await pacing.pausedUntil()));
  } catch (error) {
    console.warn('Jira answered 429, and the pause could not be recorded', error);
  }
};
