import type { Person } from '../../../src/domain/workflow/roles-of';
import { FIELD_IDS } from '../../jira/provisioning/provisioning-fixtures';
import { openFollowUp } from '../../../src/usecases/panel/open-follow-up';
import { followUpWorld } from './follow-up-world';

const ava: Person = { accountId: 'ava', groups: ['complaint-advocates'], isJiraAdmin: false };
const REASON = { issueId: '10001', reason: '  The refund arrived short  ' };

describe('openFollowUp', () => {
  it('creates the follow-up with the original’s department, subject, channel, anonymity and customer, and links it', async () => {
    const { deps, created, links } = await followUpWorld();
    expect(await openFollowUp(deps, ava, REASON)).toEqual({ kind: 'opened', issueKey: 'CMP-2' });
    expect(created).toHaveLength(1);
    expect(created[0]?.fields).toEqual({
      project: { key: 'CMP' },
      issuetype: { id: '10010' },
      summary: 'Follow-up to CMP-1: Charged twice for March',
      description: {
        type: 'doc',
        version: 1,
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Follow-up to CMP-1.' }] },
          { type: 'paragraph', content: [] },
          { type: 'paragraph', content: [{ type: 'text', text: 'The refund arrived short' }] },
        ],
      },
      [FIELD_IDS.department]: { value: 'Billing' },
      [FIELD_IDS.subjectService]: 'Invoices',
      [FIELD_IDS.channel]: { value: 'Phone' },
      [FIELD_IDS.anonymous]: { value: 'No' },
      reporter: { accountId: 'registrar-1' },
    });
    expect(links).toEqual(['CMP-2 relates to CMP-1']);
  });

  it('records the follow-up’s index row with followUpOf, still to be routed, and the original’s trail entry', async () => {
    const { deps, env } = await followUpWorld();
    await openFollowUp(deps, ava, REASON);
    expect(await env.store.getComplaint('10002')).toMatchObject({ issueKey: 'CMP-2', followUpOf: 'CMP-1', routedAt: null, status: 'registered' });
    expect(await env.store.trailOf('10001')).toEqual([
      expect.objectContaining({ key: 'follow-up:0', kind: 'follow_up_opened', reason: 'follow_up.opened', note: 'The refund arrived short', actorAccountId: 'ava', status: 'closed' }),
    ]);
  });

  it('keeps followUpOf on a row the created event recorded first', async () => {
    const { deps, env, rowOf } = await followUpWorld();
    const createIssue = deps.jira.createIssue;
    const jira = {
      ...deps.jira,
      // The created event is handled while the app still waits for Jira's answer.
      createIssue: async (fields: Readonly<Record<string, unknown>>) => {
        const issue = await createIssue(fields);
        await env.store.saveComplaint({ ...(await rowOf('10001')), issueId: issue.id, issueKey: issue.key, status: 'registered', routedAt: null, version: 1 }, 0);
        return issue;
      },
    };
    await openFollowUp({ ...deps, jira }, ava, REASON);
    expect(await env.store.getComplaint('10002')).toMatchObject({ followUpOf: 'CMP-1', version: 2 });
  });

  it('copies the customer’s contact data to the follow-up, on its trail as recorded by the advocate', async () => {
    const { deps, env, contacts } = await followUpWorld({ anonymous: true });
    const carol = { name: 'Carol', email: null, phone: '+44 20 7946 0958', preferredChannel: 'phone' as const, note: null, recordedBy: 'bea', recordedAt: 1 };
    await contacts.save('10001', carol);
    await openFollowUp(deps, ava, REASON);
    expect(await contacts.get('10002')).toEqual({ ...carol, recordedBy: 'ava', recordedAt: expect.any(Number) as unknown });
    expect((await env.store.trailOf('10002')).map((e) => e.kind)).toEqual(['contact_changed']);
  });

  it('keeps the summary within Jira’s 255 characters, whole characters only', async () => {
    const { deps, created } = await followUpWorld();
    const readIssue = deps.jira.readIssue;
    const long = { ...deps.jira, readIssue: async (id: string, fields: readonly string[]) => (id === '10001' ? { fields: { summary: '😀'.repeat(200) } } : readIssue(id, fields)) };
    await openFollowUp({ ...deps, jira: long }, ava, REASON);
    const summary = String(created[0]?.fields.summary);
    expect(summary.length).toBeLessThanOrEqual(255);
    expect(summary).toMatch(/^Follow-up to CMP-1: (😀)+…$/u);
  });

  it('opens one follow-up a closed cycle: a second is refused until the complaint is reopened and closed again', async () => {
    const { deps, env, created, rowOf } = await followUpWorld();
    await openFollowUp(deps, ava, REASON);
    expect(await openFollowUp(deps, ava, REASON)).toEqual({ kind: 'refused', refusal: { code: 'already_opened' } });
    expect(created).toHaveLength(1);
    const row = await rowOf('10001');
    await env.store.saveComplaint({ ...row, reopens: 1, version: row.version + 1 }, row.version);
    expect(await openFollowUp(deps, ava, REASON)).toMatchObject({ kind: 'opened', issueKey: 'CMP-3' });
  });

  it('lets one of two calls at once through; the other is told to try again', async () => {
    const { deps, created } = await followUpWorld();
    const outcomes = await Promise.all([openFollowUp(deps, ava, REASON), openFollowUp(deps, ava, REASON)]);
    expect(outcomes).toEqual(expect.arrayContaining([{ kind: 'opened', issueKey: 'CMP-2' }, { kind: 'refused', refusal: { code: 'busy' } }]));
    expect(created).toHaveLength(1);
  });

  it.each([
    ['a lead', { accountId: 'lead-billing', groups: [], isJiraAdmin: false }, {}, REASON, 'role_not_allowed'],
    ['an open complaint', ava, { status: 'in_progress', resolution: null }, REASON, 'wrong_status'],
    ['a blank reason', ava, {}, { ...REASON, reason: '   ' }, 'invalid_input'],
    ['a reason over 1000 characters', ava, {}, { ...REASON, reason: 'x'.repeat(1001) }, 'invalid_input'],
  ] as const)('refuses %s and creates nothing', async (_what, person: Person, row, request, code) => {
    const { deps, env, created } = await followUpWorld(row);
    expect(await openFollowUp(deps, person, request)).toMatchObject({ kind: 'refused', refusal: { code } });
    expect(created).toEqual([]);
    expect(await env.store.trailOf('10001')).toEqual([]);
  });

  it('refuses a complaint the index does not know, or in a project not set up', async () => {
    const { deps } = await followUpWorld();
    expect(await openFollowUp(deps, ava, { ...REASON, issueId: '99999' })).toEqual({ kind: 'refused', refusal: { code: 'unknown_complaint' } });
    const unbound = { ...deps, bindings: { load: () => Promise.resolve(null) } };
    expect(await openFollowUp(unbound, ava, REASON)).toEqual({ kind: 'refused', refusal: { code: 'project_not_set_up' } });
  });

  it('refuses a complaint Jira no longer shows the app, and creates nothing', async () => {
    const { deps, created } = await followUpWorld();
    const gone = { ...deps, jira: { ...deps.jira, readIssue: () => Promise.resolve(null) } };
    expect(await openFollowUp(gone, ava, REASON)).toEqual({ kind: 'refused', refusal: { code: 'unknown_complaint' } });
    expect(created).toEqual([]);
  });
});
