import type { ComplaintStatus } from '../complaint';
import type { QueueReason } from './advocate-queue';

/** One complaint in the advocate's queue, as the page shows it. */
export interface AdvocateQueueRow {
  readonly issueId: string;
  readonly issueKey: string;
  readonly summary: string;
  /** The configured department's name; null in triage (no department). */
  readonly departmentName: string | null;
  readonly status: ComplaintStatus;
  readonly reason: QueueReason;
  /** Epoch ms since when the reason holds. */
  readonly since: number;
  readonly dueAt: number | null;
  readonly escalationLevel: number;
}

/** The advocate's queue: the most urgent complaints first, at most `QUEUE_LIMIT` of `total`. */
export interface AdvocateQueueView {
  /** The moment the queue was worked out at (epoch ms), which "since" and "due" are read against. */
  readonly now: number;
  readonly items: readonly AdvocateQueueRow[];
  /** How many complaints await the advocate in all; `items` lists the first of them. */
  readonly total: number;
  /** False when there were more candidates than one read takes: `total` is then a lower bound. */
  readonly complete: boolean;
}
