import type { SweepResult } from '../../ports/sweep-status.port';
import type { RouteComplaintDeps } from '../routing/route-complaint';
import { processDueComplaint } from './process-due-complaint';

export type DueTotals = Omit<SweepResult, 'at' | 'due' | 'queued' | 'retried' | 'outbox'>;

/**
 * Handles the given due complaints one by one: a share of a sweep, in the sweep's own invocation
 * or in a queue job. A complaint that fails is counted and logged and does not stop the others;
 * it stays due, so the next sweep looks at it again.
 */
export const processDueComplaints = async (deps: RouteComplaintDeps, issueIds: readonly string[]): Promise<DueTotals> => {
  const totals = { handled: 0, reminders: 0, escalations: 0, routed: 0, failed: 0 };
  for (const issueId of issueIds) {
    try {
      const outcome = await processDueComplaint(deps, issueId);
      totals.handled += 1;
      if (outcome.kind === 'sent') {
        totals.reminders += outcome.reminders;
        totals.escalations += outcome.escalations;
        totals.failed += outcome.failed;
      }
      if (outcome.kind === 'routing' && outcome.route.kind === 'routed') totals.routed += 1;
    } catch (error) {
      totals.failed += 1;
      console.error(`Sweep: complaint ${issueId} failed`, error);
    }
  }
  return totals;
};
