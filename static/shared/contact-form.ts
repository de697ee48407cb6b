import type { ContactDetailsInput, ContactRecord, FieldIssue } from '../../src/contracts/resolver-contracts';

export type ContactChannel = ContactDetailsInput['preferredChannel'];
export const CONTACT_CHANNELS: readonly ContactChannel[] = ['phone', 'email', 'other'];
export type ContactField = 'name' | 'email' | 'phone' | 'note';
export type ContactValues = Readonly<Record<ContactField, string>> & { readonly preferredChannel: ContactChannel };

/** The longest values the backend accepts (src/domain/contact/contact-data.ts), so a field stops there. */
export const CONTACT_MAX_LENGTH: Readonly<Record<ContactField, number>> = { name: 200, email: 254, phone: 32, note: 2000 };

/** Which detail each preferred channel needs, as the backend checks it. */
const NEEDS: Readonly<Record<ContactChannel, ContactField>> = { phone: 'phone', email: 'email', other: 'note' };

export const contactValuesOf = (record: ContactRecord | null): ContactValues => ({
  name: record?.name ?? '',
  email: record?.email ?? '',
  phone: record?.phone ?? '',
  note: record?.note ?? '',
  preferredChannel: record?.preferredChannel ?? 'phone',
});

/** The one check worth making before the call: the chosen channel needs its detail. */
export const checkContact = (values: ContactValues): FieldIssue[] => {
  const needed = NEEDS[values.preferredChannel];
  return values[needed].trim() === '' ? [{ path: needed, message: 'missing' }] : [];
};
