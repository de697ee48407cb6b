import path from 'node:path';
import { addDays, format } from 'date-fns';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import { transitionId } from '../../src/jira/provisioning/complaint-workflow-definition';
import { openForSuite } from '../support/open-for-tests';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';

/*
 * The sandbox's issue page lists the transitions Jira offers the viewer, as buttons. After Set
 * up project (which the seeded sandbox runs through the app), those buttons must be the ones
 * design.md section 3 gives each role, because the emulator enforces the generated conditions:
 *
 * | status        | the Billing lead          | an advocate                                   |
 * |---------------|---------------------------|-----------------------------------------------|
 * | Registered    | Start work                | Start work, Withdraw, Duplicate               |
 * | In progress   | Mark done, Revise measures | Withdraw, Duplicate, Revise measures         |
 * | Measures done | (none)                    | Close, Return for rework, Withdraw, Duplicate |
 */
// The test looks at six pages in a cold Chromium and moves a complaint twice: about ten seconds on an idle machine.
jest.setTimeout(120_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);
let fieldIds: Readonly<Record<string, string>>;

const EMAILS: Readonly<Record<string, string>> = {
  [DEMO_ACCOUNTS.admin]: 'adele.admin@example.com',
  [DEMO_ACCOUNTS.registrar]: 'rita.registrar@example.com',
  [DEMO_ACCOUNTS.billingLead]: 'boris.belov@example.com',
  [DEMO_ACCOUNTS.advocate]: 'ava.advocate@example.com',
};

async function rest(accountId: string, method: string, restPath: string, body?: unknown): Promise<unknown> {
  const response = await fetch(new URL(restPath, session().sandbox.url), {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${EMAILS[accountId] ?? ''}:token`).toString('base64')}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${restPath} answered ${response.status}: ${text}`);
  return text === '' ? null : (JSON.parse(text) as unknown);
}

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

beforeAll(async () => {
  const fields = (await rest(DEMO_ACCOUNTS.admin, 'GET', '/rest/api/3/field')) as { id: string; name: string }[];
  fieldIds = Object.fromEntries(fields.map((field) => [field.name, field.id]));
});

/** The workflow buttons the sandbox's issue page shows this person, in the page's order. */
async function buttonsFor(accountId: string, key: string): Promise<string[]> {
  const context = await session().browser.newContext();
  await context.addCookies([{ name: 'sandbox-user', value: accountId, url: session().sandbox.url }]);
  const page = await context.newPage();
  await page.goto(`${session().sandbox.url}/browse/${key}`);
  const names = await page.locator('[aria-label="Workflow"] button').allTextContents();
  await page.screenshot({ path: path.join(RESULTS, `workflow-buttons-${key}-${accountId}.png`), fullPage: true });
  await context.close();
  return names.map((name) => name.trim());
}

it('shows the lead and the advocate the transitions design.md section 3 gives them, status by status', async () => {
  const created = (await rest(DEMO_ACCOUNTS.registrar, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CMP' }, issuetype: { name: 'Complaint' }, summary: 'Charged twice again', [fieldIds.Department ?? '']: { value: 'Billing' } },
  })) as { key: string };
  await session().sandbox.services.settle();
  const { key } = created;
  const lead = DEMO_ACCOUNTS.billingLead;
  const advocate = DEMO_ACCOUNTS.advocate;

  expect(await buttonsFor(lead, key)).toEqual(['Start work']);
  expect(await buttonsFor(advocate, key)).toEqual(['Start work', 'Withdraw', 'Duplicate']);

  // A week from the sandbox's today, so the deadline is not in the past.
  const deadline = format(addDays(new Date(session().sandbox.services.clock.now()), 7), 'yyyy-MM-dd');
  await rest(lead, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: transitionId('start_work') },
    fields: { [fieldIds.Measures ?? '']: adf('Refund the second charge'), [fieldIds['Measures deadline'] ?? '']: deadline },
  });
  await session().sandbox.services.settle();
  expect(await buttonsFor(lead, key)).toEqual(['Mark done', 'Revise measures']);
  expect(await buttonsFor(advocate, key)).toEqual(['Withdraw', 'Duplicate', 'Revise measures']);

  await rest(lead, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transitionId('mark_done') }, fields: { [fieldIds['Action taken'] ?? '']: adf('Refunded') } });
  await session().sandbox.services.settle();
  expect(await buttonsFor(lead, key)).toEqual([]);
  expect(await buttonsFor(advocate, key)).toEqual(['Close', 'Return for rework', 'Withdraw', 'Duplicate']);
});
