import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { appStorage } from '../../sandbox/app-storage';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import { translate } from '../../static/shared/i18n/translate';
import { openForSuite } from '../support/open-for-tests';
import { seriousAxeViolations } from './axe-check';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { demoUser, pageAs, restAs } from './panel-pages';

/*
 * The admin page in a real Chromium against the seeded sandbox: Adele Admin gives Billing a new
 * lead and the next Billing complaint goes to them; an invalid save (a department, the calendar,
 * the repeat window and the retention) is marked field by field and changes nothing; a
 * non-admin's calls are refused; axe finds nothing serious in either theme.
 */
// A few admin page loads and a complaint: a minute on an idle machine, far more beside another suite.
jest.setTimeout(600_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);

const admin = () => demoUser(session(), DEMO_ACCOUNTS.admin);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `admin-${name}.png`), fullPage: true });
const storedConfig = () => appStorage(session().sandbox.services.kvs).configs.load();

/** The admin page as `accountId`, and its Custom UI frame once the frame's document is there. */
const openAdmin = async (accountId: string, colorMode: 'light' | 'dark' = 'light'): Promise<{ page: Page; frame: Frame }> => {
  const page = await pageAs(session(), demoUser(session(), accountId), colorMode);
  await page.goto(`${session().sandbox.url}/admin/admin-page`);
  await page.frameLocator('iframe.forge-frame').getByRole('heading', { level: 1 }).waitFor();
  const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/admin/'));
  if (frame === undefined) throw new Error('The admin page frame is not there');
  return { page, frame };
};

/** A resolver call straight through the admin frame's bridge, as a script in the page could make it. */
const invokeFromFrame = (frame: Frame, functionKey: string, payload: unknown): Promise<{ ok: boolean; error?: { code: string } }> =>
  frame.evaluate(
    async ([key, body]) => {
      const bridge = (window as unknown as { __bridge: { callBridge: (method: string, payload?: unknown) => Promise<unknown> } }).__bridge;
      return (await bridge.callBridge('invoke', { functionKey: key, payload: body })) as { ok: boolean };
    },
    [functionKey, payload] as const,
  );

/** A Billing complaint registered over REST by the registrar; the app routes it. */
const registerBilling = async (summary: string): Promise<string> => {
  const fields = JSON.parse((await restAs(session(), admin(), 'GET', '/rest/api/3/field')).text) as { id: string; name: string }[];
  const department = fields.find((f) => f.name === 'Department')?.id ?? '';
  const created = await restAs(session(), demoUser(session(), DEMO_ACCOUNTS.registrar), 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CMP' }, issuetype: { name: 'Complaint' }, summary, [department]: { value: 'Billing' } },
  });
  expect(created.status).toBe(201);
  await session().sandbox.services.settle();
  return (JSON.parse(created.text) as { key: string }).key;
};

const assigneeOf = async (key: string): Promise<string | undefined> =>
  (JSON.parse((await restAs(session(), admin(), 'GET', `/rest/api/3/issue/${key}?fields=assignee`)).text) as { fields: { assignee?: { accountId: string } } }).fields.assignee?.accountId;

describe('the admin page', () => {
  it("changes Billing's lead, and the next Billing complaint goes to the new lead", async () => {
    expect(await assigneeOf(await registerBilling('Charged twice, before the change'))).toBe(DEMO_ACCOUNTS.billingLead);
    const { page, frame } = await openAdmin(DEMO_ACCOUNTS.admin);
    const billing = frame.getByRole('listitem', { name: 'Billing', exact: true });
    const lead = billing.getByRole('group', { name: en('admin.department.lead'), exact: true });
    await lead.getByText('Boris Belov').waitFor();
    // The demo links Billing to CMP's Billing component, offered among the project's components.
    const component = billing.getByRole('combobox', { name: en('admin.department.componentChoice'), exact: true });
    expect(await component.locator('option:checked').textContent()).toBe('Billing');
    expect(await component.locator('optgroup[label="CMP"] option').allTextContents()).toEqual(['Billing', 'Delivery', 'Support']);
    await lead.getByRole('searchbox').fill('Sofia');
    await lead.getByRole('button', { name: en('admin.person.find'), exact: true }).click();
    await lead.getByRole('button', { name: 'Sofia Stone' }).click();
    await frame.getByRole('button', { name: en('admin.settings.save') }).click();
    await frame.getByRole('status').filter({ hasText: en('admin.settings.saved') }).waitFor();
    expect((await storedConfig()).departments.find((d) => d.id === 'billing')?.leadAccountId).toBe(DEMO_ACCOUNTS.supportLead);
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, 'saved-en');
    await page.context().close();

    expect(await assigneeOf(await registerBilling('Charged twice, after the change'))).toBe(DEMO_ACCOUNTS.supportLead);
  });

  it('shows an invalid save field by field and changes nothing', async () => {
    const before = await storedConfig();
    const { page, frame } = await openAdmin(DEMO_ACCOUNTS.admin);
    const billing = frame.getByRole('listitem', { name: 'Billing', exact: true });
    await billing.getByRole('textbox', { name: en('admin.department.name'), exact: true }).fill('');
    await frame.getByRole('textbox', { name: en('admin.calendar.dayEnd') }).fill('08:00');
    await frame.getByRole('textbox', { name: en('admin.records.repeatWindowDays') }).fill('0');
    await frame.getByRole('textbox', { name: en('admin.records.retentionMonths') }).fill('3');
    await frame.getByRole('button', { name: en('admin.settings.save') }).click();
    await frame.getByRole('alert').filter({ hasText: en('admin.settings.invalid', { count: 4 }) }).waitFor();
    const invalid = frame.locator('[aria-invalid="true"]');
    expect(await invalid.count()).toBe(4);
    for (const message of ['admin.invalid.name', 'admin.invalid.time', 'admin.invalid.repeatWindowDays', 'admin.invalid.retentionMonths'] as const) {
      await frame.getByText(en(message)).waitFor();
    }
    expect(await storedConfig()).toEqual(before);
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, 'invalid-en');
    await page.context().close();
  });

  it("refuses a non-admin's calls to the admin resolvers, changing nothing", async () => {
    const before = await storedConfig();
    const { page, frame } = await openAdmin(DEMO_ACCOUNTS.manager);
    for (const [key, payload] of [
      ['config/get', {}],
      ['config/save', { config: { ...before, departments: [] } }],
      ['admin/health', {}],
      ['users/search', { query: 'sofia' }],
      ['project/components', { projectKey: 'CMP' }],
    ] as const) {
      expect([key, (await invokeFromFrame(frame, key, payload)).error?.code]).toEqual([key, 'FORBIDDEN']);
    }
    expect(await storedConfig()).toEqual(before);
    await page.context().close();
  });

  it('reads well in the dark theme, in Russian and in Ukrainian', async () => {
    const { page, frame } = await openAdmin(DEMO_ACCOUNTS.admin, 'dark');
    await frame.getByRole('form').waitFor();
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, 'dark-en');
    for (const language of ['ru', 'uk'] as const) {
      await frame.locator('select').first().selectOption(language);
      await frame.getByRole('button', { name: translate(language, 'admin.settings.save') }).waitFor();
      await frame.getByRole('button', { name: translate(language, 'admin.health.run') }).waitFor();
      expect(await seriousAxeViolations(frame)).toEqual([]);
      await shot(page, `dark-${language}`);
    }
    // Adele's language goes back to her Jira locale's for the other tests.
    await frame.locator('select').first().selectOption('en');
    await page.context().close();
  });
});
