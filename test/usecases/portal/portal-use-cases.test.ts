import { anonymousLinksRepository } from '../../../src/adapters/forge/kvs/anonymous-links.repository';
import { contactDataRepository } from '../../../src/adapters/forge/kvs/contact-data.repository';
import { contactDetailsSchema } from '../../../src/domain/contact/contact-data';
import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { getPortalView } from '../../../src/usecases/portal/get-portal-view';
import { ANONYMOUS_LIST_LIMIT, listAnonymousComplaints } from '../../../src/usecases/portal/list-anonymous-complaints';
import { raiseAnonymousComplaint, type AnonymousComplaintRequest } from '../../../src/usecases/portal/raise-anonymous-complaint';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { makeIssue } from '../../jira/intake/issue-fixtures';
import { FIELD_IDS, makeBinding } from '../../jira/provisioning/provisioning-fixtures';
import { memoryKeyValueStore } from '../../support/memory-key-value';
import { runtimeOverSqlite } from '../runtime-fakes';

const CONTACT = contactDetailsSchema.parse({ email: 'carol.q@example.org', preferredChannel: 'email' });
const REQUEST: AnonymousComplaintRequest = { accountId: 'carol', summary: 'Shouted at', description: 'At the till.\nOn Monday.', departmentId: 'billing', contact: CONTACT };

/** The runtime over SQLite, and a Jira that keeps the issues the app creates (CMP-2, CMP-3, …) as anonymous portal complaints. */
const world = async (bindings: readonly ProjectBinding[] = [makeBinding()]) => {
  const env = await runtimeOverSqlite();
  env.setNow(T0);
  const secrets = memoryKeyValueStore();
  const created: { id: string; key: string; fields: Readonly<Record<string, unknown>> }[] = [];
  const issueOf = (issue: (typeof created)[number]) =>
    makeIssue({ id: issue.id, key: issue.key, fields: { summary: issue.fields.summary, reporter: null }, custom: { anonymous: { value: 'Yes' }, channel: { value: 'Portal' } } });
  const deps = {
    ...env.invocation(),
    bindings: { all: () => Promise.resolve([...bindings]) },
    contacts: contactDataRepository(secrets),
    links: anonymousLinksRepository(secrets),
    jira: {
      readIssue: (issueId: string) => {
        const issue = created.find((c) => c.id === issueId);
        return Promise.resolve(issue === undefined ? null : issueOf(issue));
      },
      createIssue: (fields: Readonly<Record<string, unknown>>) => {
        const n = created.length + 2;
        created.push({ id: String(10000 + n), key: `CMP-${String(n)}`, fields });
        return Promise.resolve({ id: String(10000 + n), key: `CMP-${String(n)}` });
      },
      searchIssues: (jql: string) => Promise.resolve({ issues: created.filter((c) => jql.includes(c.id)).map(issueOf), complete: true }),
    },
  };
  return { env, deps, created, secrets };
};

describe('raiseAnonymousComplaint', () => {
  it('creates the complaint as the app: anonymous, on the portal, for the department, with no reporter named', async () => {
    const { deps, created } = await world();
    expect(await raiseAnonymousComplaint(deps, REQUEST)).toEqual({ kind: 'raised', issueKey: 'CMP-2' });
    expect(created[0]?.fields).toEqual({
      project: { key: 'CMP' },
      issuetype: { id: '10010' },
      summary: 'Shouted at',
      description: {
        type: 'doc',
        version: 1,
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'At the till.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'On Monday.' }] },
        ],
      },
      [FIELD_IDS.anonymous]: { value: 'Yes' },
      [FIELD_IDS.channel]: { value: 'Portal' },
      [FIELD_IDS.department]: { value: 'Billing' },
    });
  });

  it('keeps who raised it in the secret store only: their link, and their account with the contact data; the trail names nobody', async () => {
    const { deps, env } = await world();
    await raiseAnonymousComplaint(deps, REQUEST);
    expect(await deps.links.linksOf('carol')).toEqual([{ issueId: '10002', issueKey: 'CMP-2', raisedAt: T0 }]);
    expect(await deps.contacts.get('10002')).toEqual({ ...CONTACT, recordedBy: 'carol', recordedAt: T0, customerAccountId: 'carol' });
    expect(await env.store.getComplaint('10002')).toMatchObject({ issueKey: 'CMP-2', anonymous: true, channel: 'portal', routedAt: null });
    const trail = await env.store.trailOf('10002');
    expect(trail).toEqual([expect.objectContaining({ kind: 'contact_changed', reason: 'recorded', actorAccountId: null, status: 'registered' })]);
    expect(JSON.stringify(trail)).not.toContain('carol');
  });

  it('saves the contact data before the link, so a failure in between leaves nothing the erasure cannot find', async () => {
    const { deps } = await world();
    const failing = { ...deps, links: { add: () => Promise.reject(new Error('The invocation ended')) } };
    await expect(raiseAnonymousComplaint(failing, REQUEST)).rejects.toThrow('The invocation ended');
    expect(await deps.contacts.get('10002')).toMatchObject({ customerAccountId: 'carol' });
  });

  it('goes to triage without a department, in the first project by key', async () => {
    const { deps, created } = await world([makeBinding({ projectKey: 'ZED' }), makeBinding({ projectKey: 'ABC' })]);
    await raiseAnonymousComplaint(deps, { ...REQUEST, departmentId: null });
    expect(created[0]?.fields).toMatchObject({ project: { key: 'ABC' } });
    expect(created[0]?.fields).not.toHaveProperty(FIELD_IDS.department);
  });

  it.each([
    ['an unknown department', [makeBinding()], { departmentId: 'nowhere' }, 'unknown_department'],
    ['no project set up', [], {}, 'project_not_set_up'],
  ] as const)('refuses %s, creating and recording nothing', async (_what, bindings, change, refusal) => {
    const { deps, created, secrets } = await world(bindings);
    expect(await raiseAnonymousComplaint(deps, { ...REQUEST, ...change })).toEqual({ kind: 'refused', refusal });
    expect([created.length, secrets.writes]).toEqual([0, 0]);
  });
});

describe('listAnonymousComplaints', () => {
  it('lists the customer’s own, newest first, as the portal shows them, with the departments', async () => {
    const { deps, env } = await world();
    await raiseAnonymousComplaint(deps, REQUEST);
    env.setNow(T0 + 60_000);
    await raiseAnonymousComplaint(deps, { ...REQUEST, summary: 'Shouted at again' });
    const listed = await listAnonymousComplaints(deps, 'carol');
    expect(listed.now).toBe(T0 + 60_000);
    expect(listed.complaints.map((c) => [c.issueKey, c.summary, c.anonymous])).toEqual([
      ['CMP-3', 'Shouted at again', true],
      ['CMP-2', 'Shouted at', true],
    ]);
    expect(listed.departments).toContainEqual({ id: 'billing', name: 'Billing' });
    expect((await listAnonymousComplaints(deps, 'kostya')).complaints).toEqual([]);
  });

  it('leaves out a complaint the index or Jira no longer has', async () => {
    const { deps, created } = await world();
    await raiseAnonymousComplaint(deps, REQUEST);
    await deps.links.add('carol', { issueId: '10099', issueKey: 'CMP-99', raisedAt: T0 + 1 });
    created.length = 0;
    expect((await listAnonymousComplaints(deps, 'carol')).complaints).toEqual([]);
  });

  it(`reads at most the ${String(ANONYMOUS_LIST_LIMIT)} newest`, async () => {
    const { deps } = await world();
    const searched: string[] = [];
    for (let n = 1; n <= ANONYMOUS_LIST_LIMIT + 1; n += 1) await deps.links.add('carol', { issueId: String(20000 + n), issueKey: `CMP-${String(n)}`, raisedAt: n });
    const jira = {
      searchIssues: (jql: string) => {
        searched.push(jql);
        return Promise.resolve({ issues: [], complete: true });
      },
    };
    await listAnonymousComplaints({ ...deps, jira }, 'carol');
    expect(searched).toHaveLength(1);
    expect(searched[0]).toContain(`${String(20000 + ANONYMOUS_LIST_LIMIT + 1)}, `);
    expect(searched[0]).not.toContain('20001');
  });
});

describe('getPortalView', () => {
  it('shows an indexed complaint with its summary from Jira', async () => {
    const { deps, env } = await world();
    await env.store.saveComplaint(makeRecord({ issueId: '10002', issueKey: 'CMP-2', dueAt: T0 + 1 }), 0);
    const jira = { readIssue: () => Promise.resolve(makeIssue({ fields: { summary: 'Charged twice' } })) };
    expect(await getPortalView({ ...deps, jira }, '10002')).toMatchObject({ now: T0, complaint: { issueKey: 'CMP-2', summary: 'Charged twice', stage: 'received' } });
  });

  it('has no complaint for a request the index does not hold, or Jira no longer shows', async () => {
    const { deps, env } = await world();
    expect(await getPortalView(deps, '10002')).toEqual({ now: T0, complaint: null });
    await env.store.saveComplaint(makeRecord({ issueId: '10002', issueKey: 'CMP-2' }), 0);
    expect(await getPortalView(deps, '10002')).toEqual({ now: T0, complaint: null });
  });
});
