import type { MessageRef } from '../../ports/message-outbox.port';
import { deliverMessage, type DeliverMessageDeps } from './deliver-message';

export interface DeliveryTotals {
  readonly sent: number;
  /** Not sent this time: left pending for a later sweep, or the delivery itself failed. */
  readonly retrying: number;
  readonly gaveUp: number;
}

/**
 * Delivers the given pending messages one by one: a share of a sweep's, in the sweep's own
 * invocation or in a queue job. A message that another delivery holds, or that went out
 * meanwhile, is skipped; one whose delivery fails is logged and stays pending for the next sweep.
 */
export const deliverMessages = async (deps: DeliverMessageDeps, refs: readonly MessageRef[]): Promise<DeliveryTotals> => {
  const totals = { sent: 0, retrying: 0, gaveUp: 0 };
  for (const ref of refs) {
    try {
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
