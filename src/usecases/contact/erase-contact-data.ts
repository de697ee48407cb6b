import type { Clock } from '../../ports/clock.port';
import type { Store } from '../../ports/store.port';
import type { ContactGrant } from './check-contact-access';
import { contactTrailEntry } from './contact-trail-entry';
import { forgetContactData, type ForgetContactDataDeps } from './forget-contact-data';

export interface EraseContactDataDeps extends ForgetContactDataDeps {
  readonly store: Pick<Store, 'appendTrail'>;
  readonly clock: Clock;
}

/**
 * Deletes the customer's contact data, as the customer may ask (GDPR's right to erasure), and
 * says so on the trail. Answers whether there was any; erasing none changes nothing. A customer
 * who raised the complaint anonymously through the portal no longer finds it on their profile.
 */
export const eraseContactData = async (deps: EraseContactDataDeps, grant: ContactGrant): Promise<boolean> => {
  if (!(await forgetContactData(deps, grant.complaint.issueId))) return false;
  await deps.store.appendTrail([contactTrailEntry(grant.complaint, grant.person.accountId, 'erased', deps.clock.now())]);
  return true;
};
