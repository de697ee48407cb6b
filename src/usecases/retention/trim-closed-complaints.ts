import type { ContactDataStore } from '../../ports/contact-data.port';
import type { InvocationTime } from '../../ports/invocation-time.port';
import type { Store } from '../../ports/store.port';
import type { WorkQueue } from '../../ports/work-queue.port';

/** Complaints one page trims: `trimTrails` takes at most 100 ids, and 100 ids are a few KB of SQL answer. */
export const TRIM_PAGE = 100;

/**
 * What one invocation may do before it hands the rest on through the queue: this many pages, and
 * stop while this much of its time is left. A page is two SQL statements and a secret deletion a
 * complaint, far less than a second; the queue consumer has 120 s (manifest.yml), a scheduled run 900 s.
 */
export interface TrimBudget {
  readonly pages: number;
  readonly reserveMs: number;
}
export const DEFAULT_TRIM_BUDGET: TrimBudget = { pages: 50, reserveMs: 45_000 };

export interface TrimClosedComplaintsDeps {
  readonly store: Pick<Store, 'listTrimmable' | 'trimTrails'>;
  readonly contacts: Pick<ContactDataStore, 'remove'>;
  readonly queue: WorkQueue;
  readonly invocation: InvocationTime;
  /** DEFAULT_TRIM_BUDGET unless a test makes it smaller. */
  readonly trimBudget?: TrimBudget;
}

export interface TrimOutcome {
  /** Complaints whose trail this invocation deleted. */
  readonly trimmed: number;
  /** Whether more were left, and a `trim` job queued to carry on. */
  readonly continued: boolean;
}

/**
 * The retention (design.md section 12): closed complaints closed before `closedBefore` lose their
 * trail and their customer's contact data, which nothing else would ever delete since secrets
 * cannot be listed. The index row stays, with every column the dashboard counts; Jira keeps the
 * full issue. Each page is the first untrimmed complaints in the order of the index, so the job is
 * idempotent and a rerun, or two runs at once, carry on where the store stands. The per-cycle
 * ratings of `call_recorded` entries go with the trail: the index row keeps the last cycle's.
 */
export const trimClosedComplaints = async (deps: TrimClosedComplaintsDeps, closedBefore: number): Promise<TrimOutcome> => {
  const budget = deps.trimBudget ?? DEFAULT_TRIM_BUDGET;
  let trimmed = 0;
  for (let page = 0; page < budget.pages && deps.invocation.remainingMs() >= budget.reserveMs; page++) {
    const issueIds = await deps.store.listTrimmable({ closedBefore, limit: TRIM_PAGE });
    // Contact data first: a complaint marked trimmed is never listed again to have it erased.
    for (const issueId of issueIds) await deps.contacts.remove(issueId);
    trimmed += await deps.store.trimTrails(issueIds, closedBefore);
    if (issueIds.length < TRIM_PAGE) return { trimmed, continued: false };
  }
  await deps.queue.push([{ kind: 'trim', closedBefore }]);
  return { trimmed, continued: true };
};

