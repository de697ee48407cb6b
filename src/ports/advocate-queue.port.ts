import type { QueueCandidate } from '../domain/desk/advocate-queue';

export interface AwaitingAdvocateQuery {
  /** Steps due before this moment (epoch ms) are overdue. */
  readonly now: number;
  /** Steps due at or before this moment (epoch ms) are due soon (`dueSoonBefore`). */
  readonly dueBefore: number;
  readonly limit: number;
}

/** The index rows that may await the advocate, read in one query; `advocateQueue` decides. */
export interface AdvocateQueueSource {
  /**
   * Open complaints that are escalated, due at or before `dueBefore`, without a responsible
   * person, in Measures done, or in progress after a return or a reopen: at most `limit`, the
   * most urgent reasons first, so that a cut keeps what the queue shows first.
   */
  listAwaitingAdvocate(query: AwaitingAdvocateQuery): Promise<QueueCandidate[]>;
}
