import type { ContactDetails, ContactRecord } from '../../domain/contact/contact-data';
import type { Clock } from '../../ports/clock.port';
import type { ContactDataStore } from '../../ports/contact-data.port';
import type { Store } from '../../ports/store.port';
import type { ContactGrant } from './check-contact-access';
import { contactTrailEntry } from './contact-trail-entry';

export interface RecordContactDataDeps {
  readonly contacts: Pick<ContactDataStore, 'get' | 'save'>;
  readonly store: Pick<Store, 'appendTrail'>;
  readonly clock: Clock;
}

/**
 * Stores the customer's contact data as the advocate gave it, replacing any earlier record, with
 * who recorded it and when; the complaint's trail says that it was recorded, not what. The
 * account of a customer who raised the complaint through the portal stays with it. The data
 * is stored first: a failure between the two leaves data without its trail line, which a retry
 * adds, rather than a trail line for data that was never stored.
 */
export const recordContactData = async (deps: RecordContactDataDeps, grant: ContactGrant, details: ContactDetails): Promise<ContactRecord> => {
  const at = deps.clock.now();
  const customerAccountId = (await deps.contacts.get(grant.complaint.issueId))?.customerAccountId;
  const record: ContactRecord = { ...details, recordedBy: grant.person.accountId, recordedAt: at, ...(customerAccountId === undefined ? {} : { customerAccountId }) };
  await deps.contacts.save(grant.complaint.issueId, record);
  await deps.store.appendTrail([contactTrailEntry(grant.complaint, grant.person.accountId, 'recorded', at)]);
  return record;
};
