import type { InvocationTime } from '../../ports/invocation-time.port';
import type { Store } from '../../ports/store.port';
import type { WorkQueue } from '../../ports/work-queue.port';
import { forgetContactData, type ForgetContactDataDeps } from '../contact/forget-contact-data';
import { DEFAULT_RETENTION_BUDGET, RETENTION_PAGE, runInPages, type RetentionBudget } from './run-in-pages';

export interface TrimClosedComplaintsDeps extends ForgetContactDataDeps {
  readonly store: Pick<Store, 'listTrimmable' | 'trimTrails' | 'recordHorizon'>;
  readonly queue: WorkQueue;
  readonly invocation: InvocationTime;
  /** DEFAULT_RETENTION_BUDGET unless a test makes it smaller. */
  readonly retentionBudget?: RetentionBudget;
}

export interface TrimOutcome {
  /** Complaints whose trail this invocation deleted. */
  readonly trimmed: number;
  /** Whether more were left, and a `trim` job queued to carry on. */
  readonly continued: boolean;
}

/**
 * The retention (design.md section 12): closed complaints closed before `closedBefore` lose their
 * trail and their customer's contact data (with an anonymous portal customer's link to them),
 * which nothing else would ever delete since secrets cannot be listed. The index row stays, with every column the dashboard counts; Jira keeps the
 * full issue. Each page is the first untrimmed complaints in the order of the index, so the job is
 * idempotent and a rerun, or two runs at once, carry on where the store stands. The per-cycle
 * ratings of `call_recorded` entries go with the trail: the index row keeps the last cycle's.
 * The cut-off is recorded first: once a trail is gone, its entries' keys no longer stop the
 * reconciliation recording the issue's old changes, and telling them, again (`settledBefore`).
 */
export const trimClosedComplaints = async (deps: TrimClosedComplaintsDeps, closedBefore: number): Promise<TrimOutcome> => {
  await deps.store.recordHorizon('trimmed_before', closedBefore);
  const paged = { ...deps, budget: deps.retentionBudget ?? DEFAULT_RETENTION_BUDGET };
  const { done, continued } = await runInPages(
    paged,
    async () => {
      const issueIds = await deps.store.listTrimmable({ closedBefore, limit: RETENTION_PAGE });
      // Contact data first: a complaint marked trimmed is never listed again to have it erased.
      for (const issueId of issueIds) await forgetContactData(deps, issueId);
      return { found: issueIds.length, done: await deps.store.trimTrails(issueIds, closedBefore) };
    },
    { kind: 'trim', closedBefore },
  );
  return { trimmed: done, continued };
};
