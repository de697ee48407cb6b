import { AppError } from '../../domain/app-error';
import type { Complaint } from '../../domain/complaint';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { ChangeEntry } from '../../domain/intake/complaint-event';
import type { IssueSnapshot } from '../../domain/intake/complaint-snapshot';
import { mergeSnapshot } from '../../domain/intake/merge-snapshot';
import { changesSince, mayHaveBeenDeleted, settledBefore } from '../../domain/intake/returning-complaint';
import { changeNotice } from '../../domain/notifications/change-notice';
import { factsOf } from '../../domain/notifications/complaint-facts';
import { scheduleOf } from '../../domain/reminders/schedule-of';
import type { MessageOutbox, MessageRef, OutboxMessage } from '../../ports/message-outbox.port';
import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';
import type { ScheduleDeps } from '../scheduling/reschedule-complaint';

/** Version conflicts mean someone else wrote the row meanwhile; this many tries settle any real contention. */
const MAX_TRIES = 5;

export interface RecordEventDeps extends ScheduleDeps {
  readonly outbox: Pick<MessageOutbox, 'record'>;
  readonly config: Pick<AppConfig, 'policy' | 'calendar' | 'departments' | 'groups'>;
}

export interface RecordedEvent {
  readonly record: ComplaintRecord;
  readonly trail: readonly KeyedTrailEntry[];
  /** The entries this call stored. */
  readonly added: readonly ChangeEntry[];
  /** The messages of the entries this call stored, for it to deliver: a repeated event delivers nothing. */
  readonly messages: readonly MessageRef[];
}

/** What each change tells the next person to act (design.md section 3), keyed as its trail entry. */
const messagesOf = (config: RecordEventDeps['config'], complaint: Complaint, entries: readonly ChangeEntry[]): OutboxMessage[] =>
  entries.flatMap((entry) => {
    const notice = changeNotice(entry, complaint, config);
    return notice === null ? [] : [{ issueId: complaint.issueId, key: entry.key, issueKey: complaint.issueKey, ...notice, facts: factsOf(config, complaint) }];
  });

/**
 * What routing makes of a complaint the index does not hold (`known` null). One that may have
 * been deleted past the index horizon was routed while it was indexed: closed, it stays as it
 * was, routed when registered as far as the index can tell. Open (reopened since), it is routed
 * again, to its department's lead of today, since the responsible person of then may be gone and
 * nothing the index keeps names them; the routing message tells that person, the reopen's own
 * message (dated after the horizon) tells why. Any other new complaint waits for routing.
 */
const routedAtOf = (known: ComplaintRecord | null, complaint: Complaint, returning: boolean): number | null => {
  if (known !== null) return known.routedAt;
  return returning && complaint.status === 'closed' ? complaint.createdAt : null;
};

/**
 * Brings the index up to date with an issue event (created or updated): the newer snapshot
 * wins, the change's trail entries are written once, each after the message it sets off is
 * recorded, and the schedule is computed again.
 * Idempotent: the same event twice, or events out of order, end in the same row and trail.
 * A complaint not yet routed stays due now, so that the sweep routes it if nothing else does.
 * Changes dated before the retention's cut-offs are settled history, recorded nowhere again, and
 * an issue created before the recorded `deleted_before` may be one the retention deleted
 * (`returning-complaint.ts`).
 */
export const recordComplaintEvent = async (
  deps: RecordEventDeps,
  snapshot: IssueSnapshot,
  newChanges: readonly ChangeEntry[],
): Promise<RecordedEvent> => {
  const { store, clock, config } = deps;
  const issueId = snapshot.complaint.issueId;
  const { trimmed_before: trimmedBefore, deleted_before: deletedBefore } = await store.horizons();
  const returning = mayHaveBeenDeleted(snapshot.complaint.createdAt, deletedBefore);
  const changes = changesSince(newChanges, settledBefore(trimmedBefore, deletedBefore));
  const stored = new Set<string>();
  const messages: MessageRef[] = [];
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const known = await store.getComplaint(issueId);
    const before = known === null ? [] : await store.trailOf(issueId);
    const keys = new Set(before.map((e) => e.key));
    const added = changes.filter((e) => !keys.has(e.key));
    const trail = [...before, ...added];
    const complaint = mergeSnapshot(known, snapshot, trail);
    const now = clock.now();
    const schedule = scheduleOf({ complaint, trail, policy: config.policy, calendar: config.calendar, now });
    // A person's assignment in Jira does not route the complaint: routing still chooses the responsible person.
    const routedAt = routedAtOf(known, complaint, returning);
    const record: ComplaintRecord = {
      ...complaint,
      ...schedule,
      nextDueAt: routedAt === null ? (known?.nextDueAt ?? now) : schedule.nextDueAt,
      routedAt,
      routeAttempts: known?.routeAttempts ?? 0,
      // Jira has no such field: only the app's own record says so, and a Jira snapshot never changes it.
      sharedMeasures: known?.sharedMeasures ?? null,
      version: (known?.version ?? 0) + 1,
    };
    // The messages before the trail, the trail before the row: whatever is lost to a crash, the
    // rerun of the event or the sweep still finds the part that comes after it undone.
    const outgoing = messagesOf(config, complaint, added);
    await deps.outbox.record(outgoing, now);
    const won = new Set(await store.appendTrail(added));
    for (const key of won) stored.add(key);
    messages.push(...outgoing.filter((m) => won.has(m.key)).map((m) => ({ issueId: m.issueId, key: m.key })));
    if (await store.saveComplaint(record, known?.version ?? 0)) return { record, trail, added: changes.filter((e) => stored.has(e.key)), messages };
  }
  throw new AppError('CONFLICT', `The index row of complaint ${snapshot.complaint.issueKey} kept changing; the event will be retried`);
};
