import type { AnonymousComplaintLinks } from '../../ports/anonymous-complaints.port';
import type { ContactDataStore } from '../../ports/contact-data.port';

export interface ForgetContactDataDeps {
  readonly contacts: Pick<ContactDataStore, 'get' | 'remove'>;
  readonly links: Pick<AnonymousComplaintLinks, 'remove'>;
}

/**
 * Deletes a complaint's contact data and, for one its customer raised anonymously through the
 * portal, the link that tied them to it: nothing of who raised it is left. The link goes first:
 * its owner is known only from the contact data, so a failure in between leaves that data, and a
 * retry finds both again.
 * Answers whether there was any contact data; with none, nothing is written.
 */
export const forgetContactData = async (deps: ForgetContactDataDeps, issueId: string): Promise<boolean> => {
  const record = await deps.contacts.get(issueId);
  if (record === null) return false;
  if (record.customerAccountId !== undefined) await deps.links.remove(record.customerAccountId, issueId);
  await deps.contacts.remove(issueId);
  return true;
};
