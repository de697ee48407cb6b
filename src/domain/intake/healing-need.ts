import { indexedText, type Complaint } from '../complaint';
import type { IssueSnapshot } from './complaint-snapshot';

/** The fields Jira holds and the index copies that the reconciliation compares. */
const COMPARED = ['status', 'resolution', 'assigneeAccountId', 'measuresDeadline', 'compensation', 'satisfaction', 'consideredResolved'] as const;

/** The free texts, which the index keeps cut to INDEXED_TEXT_CHARS. */
const TEXTS = ['measures', 'actionTaken'] as const;

/** What the index holds of a complaint for the reconciliation to compare with Jira. */
export interface IndexedComplaint extends Pick<Complaint, 'issueId' | (typeof COMPARED)[number] | (typeof TEXTS)[number]> {
  readonly routedAt: number | null;
  readonly jiraUpdatedAt: number;
}

/**
 * Jira's `updated` moves with the app's own writes too (its routing assignment, its counters),
 * which send the app no event: up to this long after what the index saw, or after its routing,
 * a later `updated` is put down to them.
 */
export const APP_WRITE_SLACK_MS = 2 * 60_000;

/**
 * What a complaint that the reconciliation found needs: nothing; only its routing (the index
 * has it, unrouted); or its history read from Jira, because the index lacks it, holds another
 * state, or saw it last before a later change. Lost events within the slack that leave the state
 * and the texts as they were are the one case this misses.
 */
export type HealingNeed = 'none' | 'route' | 'history';

export const healingNeed = (row: IndexedComplaint | null, snapshot: IssueSnapshot): HealingNeed => {
  if (row === null) return 'history';
  if (COMPARED.some((field) => row[field] !== snapshot.complaint[field])) return 'history';
  // Start work and Mark done set these: a lost pair of transitions that brings the status back (done, then returned) still shows here.
  if (TEXTS.some((field) => row[field] !== indexedText(snapshot.complaint[field]))) return 'history';
  if (snapshot.updatedAt > Math.max(row.jiraUpdatedAt, row.routedAt ?? 0) + APP_WRITE_SLACK_MS) return 'history';
  return row.routedAt === null ? 'route' : 'none';
};
