import { AppError } from '../../domain/app-error';
import type { ChangeEntry } from '../../domain/intake/complaint-event';
import type { IssueSnapshot } from '../../domain/intake/complaint-snapshot';
import { mergeSnapshot } from '../../domain/intake/merge-snapshot';
import { scheduleOf } from '../../domain/reminders/schedule-of';
import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';
import type { ScheduleDeps } from '../scheduling/reschedule-complaint';

/** Version conflicts mean someone else wrote the row meanwhile; this many tries settle any real contention. */
const MAX_TRIES = 5;

export interface RecordedEvent {
  readonly record: ComplaintRecord;
  readonly trail: readonly KeyedTrailEntry[];
  /** The entries this call stored: only they may set off notifications, so a repeated event notifies nobody. */
  readonly added: readonly ChangeEntry[];
}

/**
 * Brings the index up to date with an issue event (created or updated): the newer snapshot
 * wins, the change's trail entries are written once, and the schedule is computed again.
 * Idempotent: the same event twice, or events out of order, end in the same row and trail.
 * A complaint not yet routed stays due now, so that the sweep routes it if nothing else does.
 */
export const recordComplaintEvent = async (
  deps: ScheduleDeps,
  snapshot: IssueSnapshot,
  changes: readonly ChangeEntry[],
): Promise<RecordedEvent> => {
  const { store, clock, config } = deps;
  const issueId = snapshot.complaint.issueId;
  const stored = new Set<string>();
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
    const routedAt = known?.routedAt ?? null;
    const record: ComplaintRecord = {
      ...complaint,
      ...schedule,
      nextDueAt: routedAt === null ? (known?.nextDueAt ?? now) : schedule.nextDueAt,
      routedAt,
      routeAttempts: known?.routeAttempts ?? 0,
      version: (known?.version ?? 0) + 1,
    };
    // The trail first: were the row written and the trail lost, the change would never be recorded.
    for (const key of await store.appendTrail(added)) stored.add(key);
    if (await store.saveComplaint(record, known?.version ?? 0)) return { record, trail, added: changes.filter((e) => stored.has(e.key)) };
  }
  throw new AppError('CONFLICT', `The index row of complaint ${snapshot.complaint.issueKey} kept changing; the event will be retried`);
};
