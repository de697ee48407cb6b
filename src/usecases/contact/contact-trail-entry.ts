import type { KeyedTrailEntry } from '../../ports/store.port';
import type { ContactGrant } from './check-contact-access';

export type ContactChange = 'recorded' | 'erased';

/**
 * The trail's line for a change of contact data: who changed it and when, never what it says.
 * The trail is shown to everyone who opens the complaint.
 */
export const contactTrailEntry = (grant: ContactGrant, change: ContactChange, at: number): KeyedTrailEntry => ({
  key: `contact:${change}:${at}`,
  issueId: grant.complaint.issueId,
  at,
  kind: 'contact_changed',
  actorAccountId: grant.person.accountId,
  reason: change,
  recipients: [],
  status: grant.complaint.status,
});
