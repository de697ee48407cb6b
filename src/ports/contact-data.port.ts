import type { ContactRecord } from '../domain/contact/contact-data';

/**
 * The contact data of complaints' customers, one record per complaint, kept apart from the
 * complaint index and from Jira (Forge KVS secret storage in production). It can only be read
 * by the complaint's issue id: nothing lists or searches it.
 */
export interface ContactDataStore {
  get(issueId: string): Promise<ContactRecord | null>;
  /** Replaces the complaint's record. */
  save(issueId: string, record: ContactRecord): Promise<void>;
  /** Deletes the complaint's record; deleting one that is not there is no error. */
  remove(issueId: string): Promise<void>;
}
