import path from 'node:path';
import { addDays, format } from 'date-fns';
import type { Locator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import type { DemoUser } from '../../sandbox/jira/emulator.types';
import { openForSuite } from '../support/open-for-tests';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { actInPanel, demoUser, openIssueAs, pageAs, panelOf, say, trailOf } from './panel-pages';

/*
 * The whole life of a complaint, worked from the panel only, by the people design.md section 3
 * gives each step: the registrar registers it on the Create page; Boris Belov, the Billing lead,
 * who reads Jira in Russian, starts work and marks it done; Ava Advocate returns it, closes it
 * with a 4, reopens it and closes it with a 5. The trail keeps both ratings; the field keeps the last.
 */
// Eleven panel loads and eight actions in a cold Chromium: about a minute on an idle machine, far more beside another suite.
jest.setTimeout(600_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);

const person = (accountId: string): DemoUser => demoUser(session(), accountId);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `panel-life-${name}.png`), fullPage: true });

/** Opens the complaint as `user`, does one action in the panel, and lets the app take in what followed. */
const step = async (user: DemoUser, key: string, action: string, name: string, fill: (form: Locator, user: DemoUser) => Promise<void>): Promise<void> => {
  const page = await openIssueAs(session(), user, key);
  await actInPanel(page, user, action, (form) => fill(form, user));
  await session().sandbox.services.settle();
  await shot(page, name);
  await page.context().close();
};

const field = (form: Locator, user: DemoUser, key: Parameters<typeof say>[1], params?: Parameters<typeof say>[2]) => form.getByLabel(say(user, key, params), { exact: true });

const deadline = () => format(addDays(new Date(session().sandbox.services.clock.now()), 7), 'yyyy-MM-dd');

const reason = (text: string) => async (form: Locator, user: DemoUser) => {
  await field(form, user, 'panel.field.reason').fill(text);
};

const markDone = (text: string) => async (form: Locator, user: DemoUser) => {
  await field(form, user, 'panel.field.actionTaken').fill(text);
};

const closeWith = (rating: 4 | 5, resolved: boolean) => async (form: Locator, user: DemoUser) => {
  await form.getByRole('radiogroup', { name: say(user, 'panel.field.satisfaction') }).getByRole('radio', { name: say(user, `panel.satisfaction.${rating}`) }).click();
  await form.getByRole('radiogroup', { name: say(user, 'panel.field.consideredResolved') }).getByRole('radio', { name: say(user, resolved ? 'panel.yes' : 'panel.no') }).click();
  await field(form, user, 'panel.field.callNotes').fill(`Called the customer: rating ${rating}.`);
};

it('registers, works, returns, closes with 4, reopens and closes with 5, all through the panel', async () => {
  const lead = person(DEMO_ACCOUNTS.billingLead);
  const advocate = person(DEMO_ACCOUNTS.advocate);

  const registrar = await pageAs(session(), person(DEMO_ACCOUNTS.registrar));
  await registrar.goto(`${session().sandbox.url}/create`);
  await Promise.all([registrar.waitForURL(/\/create\?issuetype=/), registrar.selectOption('#issuetype', { label: 'Complaint' })]);
  await registrar.getByLabel('Summary').fill('Charged twice for order 7710');
  await registrar.getByLabel('Department').selectOption({ label: 'Billing' });
  await registrar.getByLabel('Channel').selectOption({ label: 'Phone' });
  await registrar.getByLabel('Anonymous').selectOption({ label: 'No' });
  await Promise.all([registrar.waitForURL(/\/browse\/CMP-\d+$/), registrar.getByRole('button', { name: 'Create' }).click()]);
  const key = registrar.url().split('/').at(-1) ?? '';
  await session().sandbox.services.settle();
  await shot(registrar, '1-registered');
  await registrar.context().close();

  await step(lead, key, 'start_work', '2-started', async (form, user) => {
    await field(form, user, 'panel.field.measures').fill('Refund the second charge.');
    await field(form, user, 'panel.field.measuresDeadline').fill(deadline());
  });
  await step(lead, key, 'mark_done', '3-done', markDone('Refunded the second charge.'));
  await step(advocate, key, 'return_for_rework', '4-returned', reason('The customer still sees the charge on the card.'));
  await step(lead, key, 'mark_done', '5-done-again', markDone('Refund confirmed by the bank.'));
  await step(advocate, key, 'close', '6-closed-4', closeWith(4, true));
  await step(advocate, key, 'reopen', '7-reopened', reason('The charge came back the next month.'));
  await step(lead, key, 'mark_done', '8-done-third', markDone('Stopped the recurring charge.'));
  await step(advocate, key, 'close', '9-closed-5', closeWith(5, true));

  const page = await openIssueAs(session(), advocate, key);
  const trail = trailOf(page, advocate);
  await trail.waitFor();
  for (const rating of [4, 5]) {
    await trail.getByText(say(advocate, 'trail.rating', { rating, resolved: say(advocate, 'panel.yes') })).waitFor();
  }
  // The host page's issue view shows the app's read-only field as Jira would.
  const satisfaction = page.locator('.detail', { has: page.locator('dt', { hasText: 'Customer satisfaction' }) }).locator('dd');
  expect((await satisfaction.textContent())?.trim()).toBe('5');
  expect(await panelOf(page).getByRole('region', { name: say(advocate, 'panel.summary.heading') }).textContent()).toContain(say(advocate, 'panel.summary.satisfactionValue', { rating: 5 }));
  await shot(page, '10-advocate-view');
  await page.context().close();
});
