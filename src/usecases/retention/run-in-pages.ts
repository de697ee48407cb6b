import type { InvocationTime } from '../../ports/invocation-time.port';
import type { WorkJob, WorkQueue } from '../../ports/work-queue.port';

/** Rows one page of the retention takes: the store's batch statements take at most 100 ids, a few KB of SQL answer. */
export const RETENTION_PAGE = 100;

/**
 * What one invocation may do before it hands the rest on through the queue: this many pages, and
 * stop while this much of its time is left. A page is a few SQL statements (and, when trimming, a
 * secret deletion a complaint), far less than a second; the queue consumer has 120 s
 * (manifest.yml), a scheduled run 900 s.
 */
export interface RetentionBudget {
  readonly pages: number;
  readonly reserveMs: number;
}
export const DEFAULT_RETENTION_BUDGET: RetentionBudget = { pages: 50, reserveMs: 45_000 };

export interface PagedDeps {
  readonly queue: WorkQueue;
  readonly invocation: InvocationTime;
  readonly budget: RetentionBudget;
}

export interface PagedOutcome {
  /** Complaints this invocation handled. */
  readonly done: number;
  /** Whether more were left, and `rest` queued to carry on. */
  readonly continued: boolean;
}

/**
 * Runs `page` (which handles up to RETENTION_PAGE complaints and says how many it found and how
 * many it handled) until a page finds fewer, or the budget is spent and `rest` goes on the queue.
 */
export const runInPages = async (deps: PagedDeps, page: () => Promise<{ found: number; done: number }>, rest: WorkJob): Promise<PagedOutcome> => {
  let done = 0;
  for (let n = 0; n < deps.budget.pages && deps.invocation.remainingMs() >= deps.budget.reserveMs; n++) {
    const result = await page();
    done += result.done;
    if (result.found < RETENTION_PAGE) return { done, continued: false };
  }
  await deps.queue.push([rest]);
  return { done, continued: true };
};
