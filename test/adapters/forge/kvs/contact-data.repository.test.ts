import { contactDataRepository } from '../../../../src/adapters/forge/kvs/contact-data.repository';
import type { ContactRecord } from '../../../../src/domain/contact/contact-data';
import { memoryKeyValueStore } from '../../../support/memory-key-value';

const RECORD: ContactRecord = { name: 'Carol', email: null, phone: '+44 20 7946 0958', preferredChannel: 'phone', note: null, recordedBy: 'ava', recordedAt: 1_772_442_000_000 };

const setup = () => {
  const secrets = memoryKeyValueStore();
  return { secrets, contacts: contactDataRepository(secrets) };
};

describe('the contact data repository', () => {
  it('keeps one record per complaint, read back as written', async () => {
    const { contacts } = setup();
    await contacts.save('10001', RECORD);
    expect([await contacts.get('10001'), await contacts.get('10002')]).toEqual([RECORD, null]);
  });

  it('removes a record, and removing none is no error', async () => {
    const { contacts } = setup();
    await contacts.save('10001', RECORD);
    await contacts.remove('10001');
    await contacts.remove('10002');
    expect(await contacts.get('10001')).toBeNull();
  });

  it('refuses to read a stored value that no longer parses as none: the advocate would see an empty form over the data', async () => {
    const { secrets, contacts } = setup();
    await contacts.save('10001', RECORD);
    const [key] = [...secrets.data.keys()];
    secrets.data.set(key ?? '', { ...RECORD, preferredChannel: 'pigeon' });
    await expect(contacts.get('10001')).rejects.toMatchObject({ code: 'STORE_ERROR' });
  });
});
