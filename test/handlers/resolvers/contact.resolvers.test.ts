import Resolver from '@forge/resolver';
import Database from 'better-sqlite3';
import { contactDataRepository } from '../../../src/adapters/forge/kvs/contact-data.repository';
import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { defineContactResolvers } from '../../../src/handlers/resolvers/contact.resolvers';
import type { CallerFacts } from '../../../src/ports/caller.port';
import { makeConfig, T0 } from '../../domain/factories';
import { makeRecord } from '../../adapters/sql/store-contract';
import { memoryKeyValueStore } from '../../support/memory-key-value';

/**
 * The contact keys as Forge calls them, with Jira's answer about the caller given by each test,
 * the complaint index on SQLite and the contact data in a map standing in for KVS secrets.
 */
const ADVOCATE: CallerFacts = { mayBrowse: true, isJiraAdmin: false, groups: ['jira-servicemanagement-users', 'complaint-advocates'] };
const AGENT: CallerFacts = { mayBrowse: true, isJiraAdmin: false, groups: ['jira-servicemanagement-users'] };
const PANEL: Record<string, unknown> = { extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'CMP-1' } } };
const CAROL = { name: 'Carol', email: 'carol@example.com', phone: '+44 20 7946 0958', preferredChannel: 'phone', note: 'Evenings only' };
const KEYS = ['contact/get', 'contact/save', 'contact/erase'] as const;

/** An anonymous complaint about Boris, known to the index, with no contact data yet. */
const world = async () => {
  const store = createSqliteStore(new Database(':memory:'));
  await store.migrate();
  await store.saveComplaint(makeRecord({ issueId: '10001', anonymous: true, subject: { kind: 'employee', accountId: 'boris' } }), 0);
  const secrets = memoryKeyValueStore();
  const contacts = contactDataRepository(secrets);
  let time = T0;
  const clock = { now: () => (time += 1_000) };
  const asked: string[] = [];
  let depsMade = 0;

  /** The resolver called by `accountId`, about whom Jira answers `facts`. */
  const as = (accountId: string, facts: CallerFacts) => {
    const handler = defineContactResolvers(new Resolver(), {
      callers: {
        factsOn: (issueId) => {
          asked.push(issueId);
          return Promise.resolve(facts);
        },
      },
      contact: () => {
        depsMade += 1;
        return Promise.resolve({ store, contacts, links: { remove: () => Promise.resolve() }, config: makeConfig(), clock });
      },
    }).getDefinitions();
    return (functionKey: string, payload: unknown = {}, context: Record<string, unknown> = PANEL) => handler({ call: { functionKey, payload }, context }, { principal: { accountId } });
  };

  /** Everything a call could change. */
  const state = async () => ({ writes: secrets.writes, contact: await contacts.get('10001'), trail: await store.trailOf('10001') });
  return { store, secrets, contacts, as, state, asked, depsMade: () => depsMade };
};

describe('an advocate', () => {
  it("records the customer's contact data with who and when, and the trail says so without the data", async () => {
    const { as, store } = await world();
    const ava = as('ava', ADVOCATE);
    const contact = { ...CAROL, recordedBy: 'ava', recordedAt: T0 + 1_000 };
    expect(await ava('contact/save', CAROL)).toEqual({ ok: true, data: { contact } });
    expect(await ava('contact/get')).toEqual({ ok: true, data: { contact } });
    const trail = await store.trailOf('10001');
    expect(trail).toEqual([expect.objectContaining({ kind: 'contact_changed', reason: 'recorded', actorAccountId: 'ava', at: T0 + 1_000, recipients: [], status: 'registered' })]);
    expect(JSON.stringify(trail)).not.toMatch(/Carol|carol@|7946|Evenings/);
  });

  it('reads none before any was recorded', async () => {
    expect(await (await world()).as('ava', ADVOCATE)('contact/get')).toEqual({ ok: true, data: { contact: null } });
  });

  it('replaces an earlier record', async () => {
    const { as } = await world();
    const ava = as('ava', ADVOCATE);
    await ava('contact/save', CAROL);
    await ava('contact/save', { email: 'new@example.com', preferredChannel: 'email' });
    expect(await ava('contact/get')).toEqual({
      ok: true,
      data: { contact: { name: null, email: 'new@example.com', phone: null, preferredChannel: 'email', note: null, recordedBy: 'ava', recordedAt: T0 + 2_000 } },
    });
  });

  it('erases it, on the trail; erasing none changes nothing', async () => {
    const { as, state } = await world();
    const ava = as('ava', ADVOCATE);
    await ava('contact/save', CAROL);
    expect(await ava('contact/erase')).toEqual({ ok: true, data: { erased: true } });
    const erased = await state();
    expect(erased.contact).toBeNull();
    expect(erased.trail.map((e) => e.reason)).toEqual(['recorded', 'erased']);
    expect(await ava('contact/erase')).toEqual({ ok: true, data: { erased: false } });
    expect(await state()).toEqual(erased);
  });

  it('acts on the issue of the context, never on one a payload names', async () => {
    const { as, asked, state } = await world();
    const ava = as('ava', ADVOCATE);
    expect(await ava('contact/get', { issueId: '10002' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await ava('contact/save', { ...CAROL, issueId: '10002' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(asked).toEqual(['10001', '10001']);
    expect((await state()).writes).toBe(0);
  });
});

describe('a refusal changes nothing', () => {
  it.each([
    ['an agent who is not an advocate', 'rita', AGENT, { code: 'FORBIDDEN', message: "Only advocates can see or change a customer's contact data." }],
    ['the advocate the complaint is about', 'boris', ADVOCATE, { code: 'FORBIDDEN', message: "This complaint is about you, so its customer's contact data is not shown to you." }],
    ['an advocate who may not browse the issue', 'ava', { ...ADVOCATE, mayBrowse: false }, { code: 'NOT_FOUND', message: 'This complaint does not exist, or you may not see it.' }],
  ])('%s is refused every key', async (_who, accountId, facts, error) => {
    const { as, state } = await world();
    await as('ava', ADVOCATE)('contact/save', CAROL);
    const before = await state();
    const caller = as(accountId, facts);
    for (const key of KEYS) expect(await caller(key, key === 'contact/save' ? { ...CAROL, name: 'Someone else' } : {})).toEqual({ ok: false, error: { ...error, fields: [] } });
    expect(await state()).toEqual(before);
  });

  it("makes nothing of the installation's for someone who may not browse the issue", async () => {
    const { as, depsMade } = await world();
    await as('ava', { ...ADVOCATE, mayBrowse: false })('contact/get');
    expect(depsMade()).toBe(0);
  });

  it('answers NOT_FOUND for an issue the app has not indexed', async () => {
    const { as } = await world();
    const elsewhere = { extension: { type: 'jira:issuePanel', issue: { id: '10002', key: 'CMP-2' } } };
    expect(await as('ava', ADVOCATE)('contact/get', {}, elsewhere)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each([
    ['a number for the name', { ...CAROL, name: 42 }, 'name'],
    ['a note over 2000 characters', { ...CAROL, note: 'x'.repeat(2001) }, 'note'],
    ['a phone preferred but none given', { email: 'carol@example.com', preferredChannel: 'phone' }, 'phone'],
    ['a key the form does not have', { ...CAROL, recordedBy: 'someone' }, '(root)'],
    ['no payload at all', undefined, 'preferredChannel'],
  ])('a save with %s is INVALID_INPUT naming the field', async (_what, payload, path) => {
    const { as, state } = await world();
    const answer = await as('ava', ADVOCATE)('contact/save', payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [expect.objectContaining({ path })] } });
    expect((await state()).writes).toBe(0);
  });
});
