import type { Complaint, TrailEntry, TrailKind } from '../complaint';
import type { IssueSnapshot } from './complaint-snapshot';

const STATUS_KINDS: ReadonlySet<TrailKind> = new Set(['transitioned', 'returned', 'reopened', 'closed']);

/**
 * The complaint after a snapshot from Jira: the newer of what the index had and what the event
 * carries (by Jira's `updated`), with what only the trail knows (when the status changed, the
 * first action, the counters) taken from the trail, so a late or repeated event changes nothing.
 * The responsible person is never taken from Jira: only the app's routing sets it. After a
 * reopen the complaint has no rating until its next close, whatever a snapshot read before the
 * app cleared the fields still says.
 */
export const mergeSnapshot = (
  known: (Complaint & { readonly jiraUpdatedAt: number }) | null,
  snapshot: IssueSnapshot,
  trail: readonly TrailEntry[],
): Complaint & { readonly jiraUpdatedAt: number } => {
  const newer = known === null || snapshot.updatedAt >= known.jiraUpdatedAt;
  const base: Complaint = newer
    ? { ...snapshot.complaint, firstActionAt: null, followUpOf: known?.followUpOf ?? null, responsibleAccountId: known?.responsibleAccountId ?? null, returns: 0, reopens: 0 }
    : known;
  const statusEntries = trail.filter((e) => STATUS_KINDS.has(e.kind)).sort((a, b) => a.at - b.at);
  const lastIntoStatus = statusEntries.filter((e) => e.status === base.status).at(-1);
  // The first action is Start work; a complaint withdrawn straight from Registered never had one.
  const acted = (status: Complaint['status']): boolean => status === 'in_progress' || status === 'measures_done';
  const firstAction = statusEntries.find((e) => acted(e.status));
  // Without a trail entry (its event was lost), a status the index did not have changed at the latest when Jira last updated the issue.
  const statusChangedAt =
    lastIntoStatus?.at ?? (known === null ? base.statusChangedAt : known.status === base.status ? known.statusChangedAt : snapshot.updatedAt);
  const count = (kind: TrailKind): number => trail.filter((e) => e.kind === kind).length;
  // A reopened complaint is rated again: the rating of the cycle before stays on its trail entry only.
  const rerating = statusEntries.filter((e) => e.kind === 'closed' || e.kind === 'reopened').at(-1)?.kind === 'reopened';
  return {
    ...base,
    ...(rerating ? { satisfaction: null, consideredResolved: null } : {}),
    statusChangedAt,
    firstActionAt: firstAction?.at ?? known?.firstActionAt ?? (acted(base.status) ? statusChangedAt : null),
    returns: count('returned'),
    reopens: count('reopened'),
    jiraUpdatedAt: Math.max(snapshot.updatedAt, known?.jiraUpdatedAt ?? 0),
  };
};
