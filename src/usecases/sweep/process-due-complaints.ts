import type { MessageRef } from '../../ports/message-outbox.port';
import type { SweepResult } from '../../ports/sweep-status.port';
import { deliverMessages } from '../notifications/deliver-messages';
import { paceMessages, type PaceMessagesDeps } from '../notifications/pace-messages';
import type { RouteComplaintDeps } from '../routing/route-complaint';
import { processDueComplaint } from './process-due-complaint';

export type DueTotals = Omit<SweepResult, 'at' | 'due' | 'queued' | 'retried' | 'outbox'>;

export type ProcessDueComplaintsDeps = RouteComplaintDeps & PaceMessagesDeps;

/**
 * Handles the given due complaints one by one: a share of a sweep, in the sweep's own invocation
 * or in a queue job. A complaint that fails is counted and logged and does not stop the others;
 * it stays due, so the next sweep looks at it again. Their messages are then paced together: the
 * batch whose slots have come goes out here, the others through the queue (`paceMessages`).
 * `failed` counts the complaints that failed and the messages of this invocation's batch that
 * did not go out; all of those wait in the outbox.
 */
export const processDueComplaints = async (deps: ProcessDueComplaintsDeps, issueIds: readonly string[]): Promise<DueTotals> => {
  const totals = { handled: 0, reminders: 0, escalations: 0, routed: 0, failed: 0 };
  const messages: MessageRef[] = [];
  for (const issueId of issueIds) {
    try {
      const outcome = await processDueComplaint(deps, issueId);
      totals.handled += 1;
      if (outcome.kind === 'recorded') {
        totals.reminders += outcome.reminders;
        totals.escalations += outcome.escalations;
        messages.push(...outcome.messages);
      }
      if (outcome.kind === 'routing' && outcome.route.kind === 'routed') totals.routed += 1;
    } catch (error) {
      totals.failed += 1;
      console.error(`Sweep: complaint ${issueId} failed`, error);
    }
  }
  const paced = await paceMessages(deps, messages);
  const delivered = await deliverMessages(deps, paced.now);
  return { ...totals, failed: totals.failed + delivered.retrying + delivered.gaveUp + delivered.paused };
};
