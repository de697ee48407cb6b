import type { Clock } from '../../ports/clock.port';
import type { ContactDataStore } from '../../ports/contact-data.port';
import type { Store } from '../../ports/store.port';
import type { ContactGrant } from './check-contact-access';
import { contactTrailEntry } from './contact-trail-entry';

export interface EraseContactDataDeps {
  readonly contacts: Pick<ContactDataStore, 'get' | 'remove'>;
  readonly store: Pick<Store, 'appendTrail'>;
  readonly clock: Clock;
}

/**
 * Deletes the customer's contact data, as the customer may ask (GDPR's right to erasure), and
 * says so on the trail. Answers whether there was any; erasing none changes nothing.
 */
export const eraseContactData = async (deps: EraseContactDataDeps, grant: ContactGrant): Promise<boolean> => {
  if ((await deps.contacts.get(grant.complaint.issueId)) === null) return false;
  await deps.contacts.remove(grant.complaint.issueId);
  await deps.store.appendTrail([contactTrailEntry(grant, 'erased', deps.clock.now())]);
  return true;
};
