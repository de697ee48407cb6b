import { AppError } from '../../../domain/app-error';
import { contactRecordSchema } from '../../../domain/contact/contact-data';
import type { ContactDataStore } from '../../../ports/contact-data.port';
import type { KeyValueStore } from '../../../ports/key-value.port';

const keyOf = (issueId: string): string => `contact:${issueId}`;

/**
 * One secret per complaint, by issue id. Unlike the app's other documents, a stored value that
 * no longer parses is an error rather than "none": reading it as none would show an advocate an
 * empty form over a customer's data. A save replaces it.
 */
export const contactDataRepository = (secrets: KeyValueStore): ContactDataStore => ({
  async get(issueId) {
    const stored = await secrets.get(keyOf(issueId));
    if (stored === undefined) return null;
    const parsed = contactRecordSchema.safeParse(stored);
    if (!parsed.success) throw new AppError('STORE_ERROR', `The contact data of complaint ${issueId} is not in a form this version reads`);
    return parsed.data;
  },
  save: (issueId, record) => secrets.set(keyOf(issueId), record),
  remove: (issueId) => secrets.delete(keyOf(issueId)),
});
