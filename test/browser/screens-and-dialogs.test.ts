import path from 'node:path';
import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import { openForSuite } from '../support/open-for-tests';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';

/*
 * The sandbox's pages build their forms from what Jira's REST says about screens: the Create page
 * from create metadata for the chosen issue type, the transition dialogs from the transitions'
 * screens. The registrar registers a Complaint for Billing; the app routes it to Boris Belov, who
 * starts work and marks it done through the dialogs, and sees the workflow's validator refuse an
 * empty Start work beside the form.
 */
// A cold Chromium, a create, two transitions and a refusal: about fifteen seconds on an idle machine.
jest.setTimeout(180_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `screens-${name}.png`), fullPage: true });

async function openAs(accountId: string): Promise<Page> {
  const context = await session().browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'sandbox-user', value: accountId, url: session().sandbox.url }]);
  return context.newPage();
}

/** The labels of a form's fields, in order, without the marks of required fields. */
const labelsOf = async (page: Page, form: string): Promise<string[]> =>
  (await page.locator(`${form} .field label`).allTextContents()).map((label) => label.replace('*', '').trim());

const detail = (page: Page, label: string) => page.locator('.detail', { has: page.locator('dt', { hasText: label }) }).locator('dd');

it('registers a Complaint with a department on the Create page, then the lead starts work and marks it done in the transition dialogs', async () => {
  const registrar = await openAs(DEMO_ACCOUNTS.registrar);
  await registrar.goto(`${session().sandbox.url}/create`);
  await Promise.all([registrar.waitForURL(/\/create\?issuetype=/), registrar.selectOption('#issuetype', { label: 'Complaint' })]);
  const createForm = 'form[aria-label="Create Complaint"]';
  expect(await labelsOf(registrar, createForm)).toEqual(['Summary', 'Reporter', 'Description', 'Department', 'Subject (employee)', 'Subject (service)', 'Channel', 'Anonymous']);
  await registrar.getByLabel('Summary').fill('Charged twice for order 5521');
  await registrar.getByLabel('Description').fill('The second charge is still on my card.');
  await registrar.getByLabel('Department').selectOption({ label: 'Billing' });
  await registrar.getByLabel('Channel').selectOption({ label: 'Phone' });
  await registrar.getByLabel('Anonymous').selectOption({ label: 'No' });
  await shot(registrar, '1-create');
  await Promise.all([registrar.waitForURL(/\/browse\/CMP-\d+$/), registrar.getByRole('button', { name: 'Create' }).click()]);
  const key = registrar.url().split('/').at(-1) ?? '';
  expect(await detail(registrar, 'Department').textContent()).toBe('Billing');
  // The app routed it to the Billing lead while the page waited for the sandbox to settle.
  expect(await detail(registrar, 'Assignee').textContent()).toBe('Boris Belov');
  await registrar.context().close();

  const lead = await openAs(DEMO_ACCOUNTS.billingLead);
  await lead.goto(`${session().sandbox.url}/browse/${key}`);
  await lead.getByRole('button', { name: 'Start work' }).click();
  const dialog = lead.getByRole('dialog', { name: 'Start work' });
  expect(await labelsOf(lead, '[role="dialog"] form')).toEqual(['Measures', 'Measures deadline']);
  await dialog.getByRole('button', { name: 'Start work' }).click();
  // The page came back with the dialog open and the workflow's validator message in it.
  expect(await lead.getByRole('dialog', { name: 'Start work' }).getByRole('alert').textContent()).toBe('Describe the measures the department will take.');
  expect(await lead.locator('.issue-side .lozenge').textContent()).toBe('Registered');
  await shot(lead, '2-start-work-refused');

  const deadline = format(addDays(new Date(session().sandbox.services.clock.now()), 7), 'yyyy-MM-dd');
  await lead.getByLabel('Measures', { exact: true }).fill('Refund the second charge.\nApologise in writing.');
  await lead.getByLabel('Measures deadline').fill(deadline);
  await shot(lead, '3-start-work-filled');
  await Promise.all([lead.waitForURL(new RegExp(`/browse/${key}$`)), lead.getByRole('dialog', { name: 'Start work' }).getByRole('button', { name: 'Start work' }).click()]);
  expect(await lead.locator('.issue-side .lozenge').textContent()).toBe('In Progress');
  expect(await detail(lead, 'Measures deadline').textContent()).toBe(deadline);

  await lead.getByRole('button', { name: 'Mark done' }).click();
  expect(await labelsOf(lead, '[role="dialog"] form')).toEqual(['Action taken', 'Compensation']);
  await lead.getByLabel('Action taken').fill('Refunded the second charge and wrote to the customer.');
  await shot(lead, '4-mark-done');
  await Promise.all([lead.waitForURL(new RegExp(`/browse/${key}$`)), lead.getByRole('dialog', { name: 'Mark done' }).getByRole('button', { name: 'Mark done' }).click()]);
  expect(await lead.locator('.issue-side .lozenge').textContent()).toBe('Measures done');
  await shot(lead, '5-measures-done');
  await lead.context().close();

  // Measures went to Jira as rich text (a document), one paragraph a line, as Jira's editor sends it.
  expect(await measuresOf(key)).toEqual({
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Refund the second charge.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Apologise in writing.' }] },
    ],
  });
});

/** The complaint's Measures as Jira answers it, read over REST as the admin. */
async function measuresOf(key: string): Promise<unknown> {
  const auth = `Basic ${Buffer.from('adele.admin@example.com:token').toString('base64')}`;
  const fieldList = (await (await fetch(`${session().sandbox.url}/rest/api/3/field`, { headers: { authorization: auth } })).json()) as { id: string; name: string }[];
  const measures = fieldList.find((field) => field.name === 'Measures')?.id ?? '';
  const issue = (await (await fetch(`${session().sandbox.url}/rest/api/3/issue/${key}?fields=${measures}`, { headers: { authorization: auth } })).json()) as { fields: Record<string, unknown> };
  return issue.fields[measures];
}
