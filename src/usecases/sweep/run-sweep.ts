import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { SweepResult, SweepStatusRepository } from '../../ports/sweep-status.port';
import type { WorkJob } from '../../ports/work-queue.port';
import { PACING_HORIZON_MS } from '../../domain/notifications/send-pacing';
import { deliverMessages } from '../notifications/deliver-messages';
import { paceMessages } from '../notifications/pace-messages';
import { processDueComplaints, type ProcessDueComplaintsDeps } from './process-due-complaints';
import { recordAdvocateDigests, type RecordAdvocateDigestsDeps } from './record-advocate-digests';

/** Due complaints one sweep reads from the index; more wait for the next sweep, five minutes later. */
export const MAX_DUE_PER_SWEEP = 2500;
/** Complaints one invocation handles: each costs a Jira call or two, so this stays far inside Forge's 55 s. */
export const DUE_PER_INVOCATION = 25;
/** Pending messages one sweep paces at most; more wait for the next sweep. */
export const MAX_RETRIES_PER_SWEEP = 2500;
/** The latest give-ups the health check lists. */
export const LAST_GIVE_UPS = 5;
/**
 * How long a sent message is kept. Its key stops a second recording of it: by a writer that read
 * the trail before the winner wrote it (minutes at most), or by the daily reconciliation, should a
 * crash have lost the trail entry after the message was recorded. Two days cover both with a day
 * to spare; each day more costs about 2 bytes a complaint, and the store is held to 1 KB a
 * complaint (design.md section 12, `npm run bench`).
 */
export const SENT_KEPT_MS = 2 * 24 * 60 * 60_000;
/** The sent messages one sweep forgets: those sent within an hour of the oldest, so it catches up twelve times as fast as they come. */
const FORGET_SLICE_MS = 60 * 60_000;

export interface RunSweepDeps extends ProcessDueComplaintsDeps, Omit<RecordAdvocateDigestsDeps, 'outbox' | 'config'> {
  readonly outbox: Pick<MessageOutbox, 'record' | 'claim' | 'finish' | 'postpone' | 'listDue' | 'health' | 'prune'>;
  /** The last sweep's result, for the admin page's health check. */
  readonly sweeps: Pick<SweepStatusRepository, 'save'>;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Handles the first share of `items` here and queues the others, one job per share. */
const shareOut = async <T>(deps: RunSweepDeps, items: readonly T[], size: number, job: (share: T[]) => WorkJob): Promise<{ mine: T[]; queued: number }> => {
  const [mine = [], ...rest] = chunks(items, size);
  if (rest.length > 0) await deps.queue.push(rest.map(job));
  return { mine, queued: items.length - mine.length };
};

/**
 * The reminder sweep (design.md section 5): paces the messages waiting in the outbox for another
 * attempt (`paceMessages`: the batch due now here, the others through the queue at the
 * installation's rate), then reads the due complaints from the index, never from Jira; it handles
 * the first share itself and queues the rest in jobs of that size. At the day's first sweep in
 * working hours it then records and paces the advocates' digests (`recordAdvocateDigests`). With
 * nothing due and nothing waiting it makes no Jira call at all. Safe to run again at any time, also beside itself: the
 * trail's unique keys guard every change and the outbox's claims every send. The result, with
 * the outbox's health, is kept for the health check; then a slice of the sent messages older than
 * SENT_KEPT_MS is forgotten.
 */
export const runSweep = async (deps: RunSweepDeps): Promise<SweepResult> => {
  const at = deps.clock.now();
  // Read before the due complaints, whose new messages their share paces itself. No more than the
  // pacing horizon holds at the rate: the rest would find no slot.
  const waiting = await deps.outbox.listDue(at, Math.min(MAX_RETRIES_PER_SWEEP, Math.ceil((deps.config.sendsPerMinute * PACING_HORIZON_MS) / 60_000)));
  const paced = await paceMessages(deps, waiting);
  const delivered = await deliverMessages(deps, paced.now);

  const due = await deps.store.listDue({ now: at, limit: MAX_DUE_PER_SWEEP });
  const complaints = await shareOut(deps, due.map((c) => c.issueId), DUE_PER_INVOCATION, (issueIds) => ({ kind: 'due', issueIds }));
  const totals = await processDueComplaints(deps, complaints.mine);
  // After the reminders, which are owed first: the digests take the next send slots.
  const digests = await paceMessages(deps, await recordAdvocateDigests(deps));
  const digestsDelivered = await deliverMessages(deps, digests.now);

  const result: SweepResult = {
    at,
    due: due.length,
    queued: complaints.queued,
    ...totals,
    failed: totals.failed + digestsDelivered.retrying + digestsDelivered.gaveUp + digestsDelivered.paused,
    retried: { due: waiting.length, sent: delivered.sent, gaveUp: delivered.gaveUp, queued: paced.queued },
    outbox: await deps.outbox.health(LAST_GIVE_UPS),
  };
  await deps.sweeps.save(result);
  await deps.outbox.prune(at - SENT_KEPT_MS, FORGET_SLICE_MS);
  return result;
};
