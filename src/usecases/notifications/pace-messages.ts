import { planSends, type SendBatch } from '../../domain/notifications/send-pacing';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { Clock } from '../../ports/clock.port';
import type { MessageOutbox, MessageRef } from '../../ports/message-outbox.port';
import type { SendPacing } from '../../ports/send-pacing.port';
import type { WorkQueue } from '../../ports/work-queue.port';

export interface PaceMessagesDeps {
  readonly outbox: Pick<MessageOutbox, 'postpone'>;
  readonly pacing: Pick<SendPacing, 'pausedUntil' | 'slotsUntil' | 'moveSlots'>;
  readonly queue: WorkQueue;
  readonly clock: Clock;
  readonly config: Pick<AppConfig, 'sendsPerMinute'>;
}

export interface PacedMessages {
  /** The batch whose slots have come already: the caller sends it in its own invocation. */
  readonly now: readonly MessageRef[];
  /** Messages handed to delayed queue jobs, one job a batch. */
  readonly queued: number;
  /** Messages that found no slot in the horizon, or lost every race for one: pending for the next sweep. */
  readonly waiting: number;
}

/** Tries to take slots this many times; each loss means another pacer took slots meanwhile. */
const SLOT_RACES = 5;

/**
 * Gives pending messages send slots at the installation's rate (`sendsPerMinute`), after any
 * pause that a 429 set: takes the slots by compare-and-set, moves each message to its batch's
 * time in the outbox, so that no sweep lists it again before then, and queues each batch with
 * that delay. A batch due now is handed back to send at once. A message that gets no slot stays
 * pending and due: never lost, only later.
 */
export const paceMessages = async (deps: PaceMessagesDeps, refs: readonly MessageRef[]): Promise<PacedMessages> => {
  if (refs.length === 0) return { now: [], queued: 0, waiting: 0 };
  for (let race = 0; race < SLOT_RACES; race += 1) {
    const now = deps.clock.now();
    const [slotsUntil, pausedUntil] = await Promise.all([deps.pacing.slotsUntil(), deps.pacing.pausedUntil()]);
    const plan = planSends(refs, { now, sendsPerMinute: deps.config.sendsPerMinute, slotsUntil, pausedUntil });
    if (plan.batches.length === 0) return { now: [], queued: 0, waiting: refs.length };
    if (!(await deps.pacing.moveSlots(slotsUntil, plan.slotsUntil))) continue;
    const [first, ...rest] = plan.batches as [SendBatch<MessageRef>, ...SendBatch<MessageRef>[]];
    const inline = first.at <= now ? first : null;
    const later = inline === null ? plan.batches : rest;
    for (const batch of later) {
      // Moved before it is queued: a job that is lost leaves its messages due again at their slot.
      await deps.outbox.postpone(batch.items, batch.at, now);
      await deps.queue.push([{ kind: 'messages', refs: batch.items }], batch.at - now);
    }
    return { now: inline?.items ?? [], queued: later.reduce((n, b) => n + b.items.length, 0), waiting: plan.left.length };
  }
  console.warn(`Pacing: ${String(refs.length)} messages found no free slots after ${String(SLOT_RACES)} tries; the next sweep paces them`);
  return { now: [], queued: 0, waiting: refs.length };
};
