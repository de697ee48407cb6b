import Resolver from '@forge/resolver';
import Database from 'better-sqlite3';
import { contactDataRepository } from '../../../src/adapters/forge/kvs/contact-data.repository';
import { createSqliteStore, createSqliteTriageModel } from '../../../src/adapters/local/sqlite-store.adapter';
import type { PanelView } from '../../../src/contracts/panel-view';
import { definePanelViewResolvers } from '../../../src/handlers/resolvers/panel-view.resolvers';
import type { CallerFacts } from '../../../src/ports/caller.port';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { makeRecord } from '../../adapters/sql/store-contract';
import { makeConfig, T0 } from '../../domain/factories';
import { memoryKeyValueStore } from '../../support/memory-key-value';

/**
 * The panel's opening call as Forge makes it, over the index on SQLite, the contact data in a
 * map standing in for KVS secrets, and a name directory that knows a few people.
 */
const ADVOCATE: CallerFacts = { mayBrowse: true, isJiraAdmin: false, groups: ['jira-servicemanagement-users', 'complaint-advocates'] };
const AGENT: CallerFacts = { mayBrowse: true, isJiraAdmin: false, groups: ['jira-servicemanagement-users'] };
const PANEL: Record<string, unknown> = { extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'CMP-1' } } };
const CAROL = { name: 'Carol', email: 'carol@example.com', phone: '+44 20 7946 0958', preferredChannel: 'phone' as const, note: 'Evenings only' };
const NAMES: Record<string, string> = { 'lead-billing': 'Boris Belov', 'deputy-billing': 'Daria Deputy', ava: 'Ava Advocate' };

type Answer = { ok: true; data: PanelView } | { ok: false; error: { code: string; fields?: { path: string }[] } };

const world = async (row: Partial<ComplaintRecord> = {}) => {
  const database = new Database(':memory:');
  const store = createSqliteStore(database);
  const triage = createSqliteTriageModel(database);
  await store.migrate();
  await store.saveComplaint(makeRecord({ issueId: '10001', dueAt: T0 + 3_600_000, ...row }), 0);
  await store.appendTrail([{ key: 'route', issueId: '10001', at: T0, kind: 'routed', actorAccountId: null, reason: 'routing.lead', recipients: ['user:lead-billing'], status: 'registered' }]);
  const contacts = contactDataRepository(memoryKeyValueStore());
  const asked: { issues: string[]; names: string[][] } = { issues: [], names: [] };
  const names = {
    displayNamesOf: (ids: readonly string[]) => {
      asked.names.push([...ids]);
      return Promise.resolve(new Map(ids.flatMap((id) => (NAMES[id] === undefined ? [] : [[id, NAMES[id]] as const]))));
    },
  };
  const as = (accountId: string, facts: CallerFacts) => {
    const handler = definePanelViewResolvers(new Resolver(), {
      callers: {
        factsOn: (issueId) => {
          asked.issues.push(issueId);
          return Promise.resolve(facts);
        },
      },
      view: () => Promise.resolve({ store, config: makeConfig(), clock: { now: () => T0 + 60_000 }, names, contacts, triage }),
    }).getDefinitions();
    return (payload: unknown = {}, context: Record<string, unknown> = PANEL) =>
      handler({ call: { functionKey: 'panel/view', payload }, context }, { principal: { accountId } }) as Promise<Answer>;
  };
  return { as, asked, contacts, store, triage };
};

const viewOf = (answer: Answer): PanelView => {
  if (!answer.ok) throw new Error(`refused: ${answer.error.code}`);
  return answer.data;
};

describe('panel/view', () => {
  it('answers the complaint the Forge context names, with the caller’s roles, actions and the names it mentions', async () => {
    const { as, asked } = await world();
    const view = viewOf(await as('lead-billing', AGENT)());
    expect(asked.issues).toEqual(['10001']);
    expect(view).toMatchObject({
      now: T0 + 60_000,
      complaint: { issueKey: 'CMP-1', status: 'registered', department: { id: 'billing', name: 'Billing' }, due: { at: T0 + 3_600_000, step: 'registered' } },
      trail: [{ kind: 'routed', reason: 'routing.lead', recipients: ['user:lead-billing'] }],
      roles: ['registrar', 'responsible'],
      actions: ['start_work'],
      names: { 'lead-billing': 'Boris Belov' },
      forms: { today: '2026-03-02', currency: 'EUR', nudgedToday: null, departments: [] },
    });
    expect(view.trail[0]).not.toHaveProperty('key');
    expect(view).not.toHaveProperty('contact');
  });

  it('gives an advocate the re-route choices, and names their people too', async () => {
    const { as } = await world();
    const view = viewOf(await as('ava', ADVOCATE)());
    expect(view.actions).toEqual(['start_work', 'withdraw', 'mark_duplicate', 'reroute', 'nudge']);
    expect(view.forms.departments.map((d) => d.id)).toEqual(['billing', 'delivery', 'support']);
    expect(view.names).toEqual({ 'lead-billing': 'Boris Belov', 'deputy-billing': 'Daria Deputy' });
  });

  it('shows an advocate the contact data of an anonymous complaint, and nobody else even the key', async () => {
    const { as, contacts } = await world({ anonymous: true });
    expect(viewOf(await as('ava', ADVOCATE)()).contact).toBeNull();
    await contacts.save('10001', { ...CAROL, recordedBy: 'ava', recordedAt: T0 });
    const advocates = viewOf(await as('ava', ADVOCATE)());
    expect(advocates.contact).toEqual({ ...CAROL, recordedBy: 'ava', recordedAt: T0 });
    expect(advocates.names).toMatchObject({ ava: 'Ava Advocate' });
    const leads = await as('lead-billing', AGENT)();
    expect(leads.ok).toBe(true);
    expect(JSON.stringify(leads)).not.toMatch(/contact|Carol|carol@example\.com|7946|Evenings/);
  });

  it('does not show the contact data of a complaint that is not anonymous, even to an advocate', async () => {
    const { as, contacts } = await world({ anonymous: false });
    await contacts.save('10001', { ...CAROL, recordedBy: 'ava', recordedAt: T0 });
    expect(viewOf(await as('ava', ADVOCATE)())).not.toHaveProperty('contact');
  });

  it.each<[string, string, CallerFacts, unknown, Record<string, unknown>, string]>([
    ['a caller who may not browse the issue, a customer say', 'carol', { ...AGENT, mayBrowse: false }, {}, PANEL, 'NOT_FOUND'],
    ['a payload naming an issue', 'ava', ADVOCATE, { issueId: '10002' }, PANEL, 'INVALID_INPUT'],
    ['a complaint the index does not hold', 'ava', ADVOCATE, {}, { extension: { issue: { id: '10009', key: 'CMP-9' } } }, 'NOT_FOUND'],
    ['a context without an issue', 'ava', ADVOCATE, {}, { extension: { type: 'jira:issuePanel' } }, 'NOT_FOUND'],
  ])('refuses %s with a typed error, and asks Jira for no names', async (_, accountId, facts, payload, context, code) => {
    const { as, asked } = await world();
    expect(await as(accountId, facts)(payload, context)).toMatchObject({ ok: false, error: { code } });
    expect(asked.names).toEqual([]);
  });
});
