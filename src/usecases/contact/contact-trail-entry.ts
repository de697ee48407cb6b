import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';

export type ContactChange = 'recorded' | 'erased';

/**
 * The trail's line for a change of contact data: who changed it (null: the app, for the customer
 * of an anonymous complaint, who must not be named there) and when, never what it says. The
 * trail is shown to everyone who opens the complaint.
 */
export const contactTrailEntry = (
  complaint: Pick<ComplaintRecord, 'issueId' | 'status'>,
  actorAccountId: string | null,
  change: ContactChange,
  at: number,
): KeyedTrailEntry => ({
  key: `contact:${change}:${at}`,
  issueId: complaint.issueId,
  at,
  kind: 'contact_changed',
  actorAccountId,
  reason: change,
  recipients: [],
  status: complaint.status,
});
