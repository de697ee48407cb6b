import type { MessageRef } from '../../ports/message-outbox.port';
import { deliverMessage, type DeliverMessageDeps } from './deliver-message';

export interface DeliveryTotals {
  readonly sent: number;
  /** Not sent this time: left pending for a later sweep, or the delivery itself failed. */
  readonly retrying: number;
  readonly gaveUp: number;
  /** Not tried: the installation is paused after a 429; they wait in the outbox until the pause ends. */
  readonly paused: number;
}

/** The pause's end when the installation is paused at `now`, else null. */
const pauseAt = async (deps: DeliverMessageDeps, now: number): Promise<number | null> => {
  const until = await deps.pacing.pausedUntil();
  return until !== null && until > now ? until : null;
};

/**
 * Delivers the given pending messages one by one: a share of a sweep's, in the sweep's own
 * invocation or in a queue job. Before each it reads the installation's pause: while Jira limits
 * the app, this and the remaining messages are moved to the pause's end, untried. A message that
 * another delivery holds, or that went out meanwhile, is skipped; one whose delivery fails is
 * logged and stays pending for the next sweep.
 */
export const deliverMessages = async (deps: DeliverMessageDeps, refs: readonly MessageRef[]): Promise<DeliveryTotals> => {
  const totals = { sent: 0, retrying: 0, gaveUp: 0, paused: 0 };
  for (const [i, ref] of refs.entries()) {
    try {
      const now = deps.clock.now();
      const until = await pauseAt(deps, now);
      if (until !== null) {
        await deps.outbox.postpone(refs.slice(i), until, now);
        totals.paused = refs.length - i;
        break;
      }
      const outcome = await deliverMessage(deps, ref);
      if (outcome.kind === 'sent') totals.sent += 1;
      if (outcome.kind === 'retry_later') totals.retrying += 1;
      if (outcome.kind === 'gave_up') totals.gaveUp += 1;
    } catch (error) {
      totals.retrying += 1;
      console.error(`Message ${ref.key} of complaint ${ref.issueId}: the delivery failed; the next sweep tries again`, error);
    }
  }
  return totals;
};
