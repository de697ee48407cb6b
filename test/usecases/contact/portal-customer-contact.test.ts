import { anonymousLinksRepository } from '../../../src/adapters/forge/kvs/anonymous-links.repository';
import { contactDataRepository } from '../../../src/adapters/forge/kvs/contact-data.repository';
import type { ContactRecord } from '../../../src/domain/contact/contact-data';
import { checkContactAccess } from '../../../src/usecases/contact/check-contact-access';
import { eraseContactData } from '../../../src/usecases/contact/erase-contact-data';
import { forgetContactData } from '../../../src/usecases/contact/forget-contact-data';
import { recordContactData } from '../../../src/usecases/contact/record-contact-data';
import { makeRecord } from '../../adapters/sql/store-contract';
import { makeConfig, T0 } from '../../domain/factories';
import { memoryKeyValueStore } from '../../support/memory-key-value';
import { runtimeOverSqlite } from '../runtime-fakes';

/** What the app recorded when Carol raised CMP-1 anonymously through the portal. */
const RAISED: ContactRecord = { name: null, email: 'carol.q@example.org', phone: null, preferredChannel: 'email', note: null, recordedBy: 'carol', recordedAt: T0, customerAccountId: 'carol' };
const LINK = { issueId: '10001', issueKey: 'CMP-1', raisedAt: T0 };

const world = async () => {
  const env = await runtimeOverSqlite();
  env.setNow(T0 + 60_000);
  await env.store.saveComplaint(makeRecord({ anonymous: true }), 0);
  const secrets = memoryKeyValueStore();
  const deps = { ...env.invocation(), contacts: contactDataRepository(secrets), links: anonymousLinksRepository(secrets) };
  await deps.contacts.save('10001', RAISED);
  await deps.links.add('carol', LINK);
  const access = await checkContactAccess({ ...deps, config: makeConfig() }, { accountId: 'ava', groups: ['complaint-advocates'], isJiraAdmin: false }, '10001');
  if (!access.ok) throw new Error('The advocate was refused');
  return { deps, grant: access.grant };
};

describe('the contact data of a customer who raised the complaint through the portal', () => {
  it('keeps the customer’s account when an advocate changes the details', async () => {
    const { deps, grant } = await world();
    await recordContactData(deps, grant, { name: 'Carol', email: null, phone: '+44 20 7946 0958', preferredChannel: 'phone', note: null });
    expect(await deps.contacts.get('10001')).toMatchObject({ name: 'Carol', recordedBy: 'ava', customerAccountId: 'carol' });
  });

  it('goes with the customer’s link to the complaint when an advocate erases it', async () => {
    const { deps, grant } = await world();
    expect(await eraseContactData(deps, grant)).toBe(true);
    expect([await deps.contacts.get('10001'), await deps.links.linksOf('carol')]).toEqual([null, []]);
    expect(await eraseContactData(deps, grant)).toBe(false);
  });

  it('removes the link before the contact data that names its owner, so a failure in between can be retried', async () => {
    const { deps } = await world();
    const failing = { ...deps, links: { remove: () => Promise.reject(new Error('The invocation ended')) } };
    await expect(forgetContactData(failing, '10001')).rejects.toThrow('The invocation ended');
    expect(await deps.contacts.get('10001')).toMatchObject({ customerAccountId: 'carol' });
    expect(await forgetContactData(deps, '10001')).toBe(true);
    expect([await deps.contacts.get('10001'), await deps.links.linksOf('carol')]).toEqual([null, []]);
  });

  it('is forgotten with the link by the retention, and a complaint without contact data is no error', async () => {
    const { deps } = await world();
    expect(await forgetContactData(deps, '10001')).toBe(true);
    expect(await deps.links.linksOf('carol')).toEqual([]);
    expect(await forgetContactData(deps, '10002')).toBe(false);
  });
});
