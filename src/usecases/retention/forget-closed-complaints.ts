import type { Store } from '../../ports/store.port';
import { DEFAULT_RETENTION_BUDGET, RETENTION_PAGE, runInPages, type PagedDeps } from './run-in-pages';

export interface ForgetClosedComplaintsDeps extends Omit<PagedDeps, 'budget'> {
  readonly store: Pick<Store, 'listForgettable' | 'forgetComplaints' | 'recordHorizon'>;
  readonly retentionBudget?: PagedDeps['budget'];
}

export interface ForgetOutcome {
  /** Complaints whose index rows this invocation deleted. */
  readonly forgotten: number;
  /** Whether more were left, and a `forget` job queued to carry on. */
  readonly continued: boolean;
}

/**
 * The retention's last step (design.md section 12): trimmed complaints closed before `horizon`
 * (`deletionHorizon`) leave the index; the monthly rollups, written earlier in the same daily
 * run, count their months from then on, and Jira keeps the issues. The horizon is recorded
 * first, once for the store and not per complaint, so that whoever meets such an issue again,
 * even while this runs, knows it may be one the index held (`admitReturningComplaint`).
 * Idempotent like the trimming: each page is the first such complaints the store still holds.
 */
export const forgetClosedComplaints = async (deps: ForgetClosedComplaintsDeps, horizon: number): Promise<ForgetOutcome> => {
  await deps.store.recordHorizon('deleted_before', horizon);
  const { done, continued } = await runInPages(
    { ...deps, budget: deps.retentionBudget ?? DEFAULT_RETENTION_BUDGET },
    async () => {
      const issueIds = await deps.store.listForgettable({ closedBefore: horizon, limit: RETENTION_PAGE });
      return { found: issueIds.length, done: await deps.store.forgetComplaints(issueIds, horizon) };
    },
    { kind: 'forget', horizon },
  );
  return { forgotten: done, continued };
};
