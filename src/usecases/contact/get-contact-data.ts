import type { ContactRecord } from '../../domain/contact/contact-data';
import type { ContactDataStore } from '../../ports/contact-data.port';
import type { ContactGrant } from './check-contact-access';

/** The contact data of the granted complaint's customer; null when none was recorded. Reading leaves no trail entry. */
export const getContactData = (deps: { readonly contacts: Pick<ContactDataStore, 'get'> }, grant: ContactGrant): Promise<ContactRecord | null> =>
  deps.contacts.get(grant.complaint.issueId);
