import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import type { ComplaintStatus } from '../../../src/domain/complaint';
import { parseConfig } from '../../../src/domain/config/parse-config';
import { isTransition, WORKFLOW } from '../../../src/domain/workflow/complaint-workflow';
import { availableActions } from '../../../src/domain/workflow/may-perform';
import { rolesOf } from '../../../src/domain/workflow/roles-of';
import { demoConfiguration } from '../../../sandbox/demo-complaints';
import { openForSuite } from '../../support/open-for-tests';
import { SEEDED_START_MS, startSeededSandbox } from '../../support/seeded-sandbox';
import { START } from './provisioning-sandbox';

/*
 * The seeded sandbox: the app set the project up and the demo users raised complaints. The
 * workflow that Jira enforces must offer each person exactly the transitions the domain allows,
 * and its validators must refuse what the table says is missing.
 */

// Each test creates a complaint and asks Jira what it offers: well under a second on an idle machine.
jest.setTimeout(60_000);
const sandbox = openForSuite(() => startSeededSandbox(START), SEEDED_START_MS);

const rest = async (accountId: string, method: string, path: string, body?: unknown) => {
  const user = sandbox().services.emulator.users().find((u) => u.accountId === accountId);
  if (!user) throw new Error(`No demo user ${accountId}`);
  const response = await fetch(new URL(path, sandbox().url), {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${user.email}:token`).toString('base64')}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
};

const config = parseConfig(demoConfiguration({}));
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  [DEMO_ACCOUNTS.advocate]: ['complaint-advocates'],
  [DEMO_ACCOUNTS.manager]: ['complaint-managers'],
};

/** A fresh Billing complaint in Registered, raised by the registrar and routed to Billing's lead. */
const newBillingComplaint = async (): Promise<string> => {
  const fields = (await rest(DEMO_ACCOUNTS.admin, 'GET', '/rest/api/3/field')).json as { id: string; name: string }[];
  const department = fields.find((f) => f.name === 'Department')?.id ?? '';
  const made = await rest(DEMO_ACCOUNTS.registrar, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CMP' }, issuetype: { name: 'Complaint' }, summary: 'Charged twice', [department]: { value: 'Billing' } },
  });
  expect(made.status).toBe(201);
  await sandbox().services.settle();
  return (made.json as { key: string }).key;
};

const offered = async (accountId: string, key: string): Promise<{ id: string; name: string }[]> =>
  ((await rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).json as { transitions: { id: string; name: string }[] }).transitions;

const PEOPLE = [
  ['the registrar', DEMO_ACCOUNTS.registrar],
  ['the Billing lead', DEMO_ACCOUNTS.billingLead],
  ['the Delivery lead', DEMO_ACCOUNTS.deliveryLead],
  ['the deputy', DEMO_ACCOUNTS.deputy],
  ['the advocate', DEMO_ACCOUNTS.advocate],
  ['the manager', DEMO_ACCOUNTS.manager],
] as const;

describe('the provisioned workflow in the seeded sandbox', () => {
  it('holds the demo complaints, each created through the app’s workflow', async () => {
    const page = await rest(DEMO_ACCOUNTS.admin, 'POST', '/rest/api/3/search/jql', { jql: 'project = CMP AND issuetype = Complaint', maxResults: 100, fields: ['status'] });
    const issues = (page.json as { issues: { fields: { status: { name: string } } }[] }).issues;
    expect(issues).toHaveLength(50);
    // In progress is Jira's own In Progress, which Set up project reuses rather than duplicates.
    expect(new Set(issues.map((i) => i.fields.status.name))).toEqual(new Set(['Registered', 'In Progress', 'Measures done', 'Closed']));
  });

  it.each(PEOPLE)('offers %s on a registered complaint what design.md section 3 allows them', async (_who, accountId) => {
    const key = await newBillingComplaint();
    const status: ComplaintStatus = 'registered';
    const person = { accountId, groups: GROUPS[accountId] ?? [], isJiraAdmin: false };
    const allowed = availableActions(rolesOf(person, { responsibleAccountId: DEMO_ACCOUNTS.billingLead, subject: null }, config), status)
      .filter(isTransition)
      .map((action) => WORKFLOW[action].transitionName);
    expect((await offered(accountId, key)).map((t) => t.name).sort()).toEqual([...allowed].sort());
  });

  it('refuses Start work without measures, or with a deadline in the past, with the validator’s message', async () => {
    const key = await newBillingComplaint();
    const start = (await offered(DEMO_ACCOUNTS.billingLead, key)).find((t) => t.name === 'Start work');
    const fields = (await rest(DEMO_ACCOUNTS.admin, 'GET', '/rest/api/3/field')).json as { id: string; name: string }[];
    const id = (name: string) => fields.find((f) => f.name === name)?.id ?? '';
    const measures = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Refund' }] }] };
    const attempt = (extra: Record<string, unknown>) =>
      rest(DEMO_ACCOUNTS.billingLead, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: start?.id }, fields: extra });

    const bare = await attempt({});
    expect(bare.status).toBe(400);
    expect(JSON.stringify(bare.json)).toContain('Describe the measures the department will take.');
    // The sandbox clock stands at START, 2 March 2026.
    const late = await attempt({ [id('Measures')]: measures, [id('Measures deadline')]: '2026-03-01' });
    expect(late.status).toBe(400);
    expect(JSON.stringify(late.json)).toContain('The Measures deadline must not be in the past.');
    expect((await attempt({ [id('Measures')]: measures, [id('Measures deadline')]: '2026-03-02' })).status).toBe(204);
  });
});
