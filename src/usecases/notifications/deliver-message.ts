import { nextDeliveryStep, type DeliveryFailure } from '../../domain/notifications/delivery-policy';
import { pauseAfterRateLimit } from '../../domain/notifications/send-pacing';
import type { Clock } from '../../ports/clock.port';
import type { InvocationTime } from '../../ports/invocation-time.port';
import type { ClaimedMessage, DeliveryResult, MessageOutbox, MessageRef } from '../../ports/message-outbox.port';
import type { SendPacing } from '../../ports/send-pacing.port';
import { notifyPeople, type NotifyPeopleDeps, type NotifyPeopleOutcome } from './notify-people';

/**
 * A claim lasts as long as the claiming invocation may still run, and this much more for clocks
 * that differ between Forge's containers. While its holder lives nobody else takes the message, so
 * two live deliveries never hold it at once; once the holder is gone (killed, timed out), the
 * next sweep finds the message free.
 */
export const CLAIM_MARGIN_MS = 60_000;

export interface DeliverMessageDeps extends NotifyPeopleDeps {
  readonly outbox: Pick<MessageOutbox, 'claim' | 'finish' | 'postpone'>;
  /** The installation's pause, which a sender reads before it sends and extends when Jira limits it. */
  readonly pacing: Pick<SendPacing, 'pausedUntil' | 'pauseUntil'>;
  readonly clock: Clock;
  /** How long the invocation may still run: the claim's length. */
  readonly invocation: InvocationTime;
}

export type DeliveryOutcome =
  | { readonly kind: 'sent'; readonly at: number }
  /** Sent or given up already, not due yet, or another delivery holds it. */
  | { readonly kind: 'not_claimed' }
  /** Left pending; the sweep tries again from `at`. */
  | { readonly kind: 'retry_later'; readonly attempts: number; readonly at: number; readonly failure: DeliveryFailure }
  | { readonly kind: 'gave_up'; readonly attempts: number; readonly at: number; readonly reason: string };

type Concluded = Exclude<DeliveryOutcome, { kind: 'not_claimed' }>;

const sendClaimed = async (deps: NotifyPeopleDeps, m: ClaimedMessage): Promise<NotifyPeopleOutcome> => {
  try {
    return await notifyPeople(deps, { issueKey: m.issueKey, to: m.to, message: m.message, facts: m.facts, issueUrl: null });
  } catch (error) {
    // Jira's answers come back as values; a throw is the people directory's, before anything was sent.
    return { kind: 'failed', maybeDone: false, reason: error instanceof Error ? error.message : String(error) };
  }
};

const conclude = (outcome: NotifyPeopleOutcome, attempts: number, at: number): Concluded => {
  if (outcome.kind === 'accepted') return { kind: 'sent', at };
  if (outcome.kind === 'no_recipients') return { kind: 'gave_up', attempts, at, reason: 'nobody to tell' };
  const step = nextDeliveryStep(outcome, attempts, at);
  return step.kind === 'retry'
    ? { kind: 'retry_later', attempts: step.attempts, at: step.at, failure: outcome }
    : { kind: 'gave_up', attempts: step.attempts, at, reason: outcome.reason };
};

const resultOf = (done: Concluded): DeliveryResult => {
  switch (done.kind) {
    case 'sent':
      return { state: 'sent', at: done.at };
    case 'retry_later':
      return { state: 'pending', attempts: done.attempts, nextAttemptAt: done.at, error: done.failure.reason };
    case 'gave_up':
      return { state: 'gave_up', at: done.at, attempts: done.attempts, error: done.reason };
  }
};

const log = (m: ClaimedMessage, done: Concluded): void => {
  const name = `Message ${m.key} on ${m.issueKey}`;
  if (done.kind === 'gave_up') console.error(`${name}: gave up after ${String(done.attempts)} failed attempts: ${done.reason}`);
  if (done.kind !== 'retry_later') return;
  const { failure } = done;
  const maybeTwice = failure.kind === 'failed' && failure.maybeDone ? '; Jira may have sent it already, so the retry may send it twice' : '';
  console.warn(`${name}: ${failure.reason}; retrying later${maybeTwice}`);
};

/**
 * Jira limited the app (429, or 503 at a resource limit): the whole installation waits, not only
 * this message, since every other sender would meet the same limit.
 */
const pauseSends = async (deps: DeliverMessageDeps, retryAfterMs: number | null): Promise<void> => {
  const now = deps.clock.now();
  await deps.pacing.pauseUntil(pauseAfterRateLimit(retryAfterMs, now, await deps.pacing.pausedUntil()));
};

/**
 * Delivers one recorded message, unless another delivery has it: claims it, sends it, and marks
 * it sent, or leaves it pending for the sweep with backoff (`nextDeliveryStep`), or gives it up.
 * The claim is what makes it sent once, however many sweeps and queue jobs try at the same time.
 */
export const deliverMessage = async (deps: DeliverMessageDeps, ref: MessageRef): Promise<DeliveryOutcome> => {
  const now = deps.clock.now();
  const lease = now + Math.max(0, deps.invocation.remainingMs()) + CLAIM_MARGIN_MS;
  const claimed = await deps.outbox.claim(ref, now, lease);
  if (claimed === null) return { kind: 'not_claimed' };
  const done = conclude(await sendClaimed(deps, claimed), claimed.attempts, deps.clock.now());
  if (done.kind === 'retry_later' && done.failure.kind === 'deferred') await pauseSends(deps, done.failure.retryAfterMs);
  if (!(await deps.outbox.finish(ref, lease, resultOf(done)))) console.error(`Message ${ref.key} on ${claimed.issueKey}: its claim ran out before the delivery finished`);
  log(claimed, done);
  return done;
};
