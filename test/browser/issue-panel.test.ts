import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { DemoUser } from '../../sandbox/jira/emulator.types';
import { languageOfLocale } from '../../src/domain/language';
import { translate } from '../../static/shared/i18n/translate';
import { openForSuite } from '../support/open-for-tests';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { openIssueAs as openIssue, pageAs as pageOf, panelOf, userWithRole as demoUserWithRole } from './panel-pages';

/**
 * The whole stack in a real browser: the sandbox's issue page, the real panel build in its
 * iframe, the unmodified @forge/bridge, the resolver and @forge/kvs behind it.
 */

// Each test loads the panel in a few pages of a cold Chromium: several seconds on an idle machine.
jest.setTimeout(120_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2025, 2, 3, 9, 0)), BROWSER_START_MS);

const userWithRole = (role: RegExp): DemoUser => demoUserWithRole(session(), role);
const pageAs = (user: DemoUser): Promise<Page> => pageOf(session(), user);

/** A seeded issue on which the manifest shows the panel, from the issue list an agent sees. */
const complaintKey = async (): Promise<string> => {
  const page = await pageAs(userWithRole(/registrar/i));
  await page.goto(`${session().sandbox.url}/`);
  const link = page.locator('.issue-table tbody tr', { hasText: 'Complaint' }).first().locator('a').first();
  const key = (await link.textContent()) ?? '';
  await page.context().close();
  return key;
};

const openIssueAs = (user: DemoUser, key: string): Promise<Page> => openIssue(session(), user, key);

const panel = panelOf;

describe('signing in', () => {
  it('asks a visitor who picked nobody to log in, then shows the site as the one they picked', async () => {
    const registrar = userWithRole(/registrar/i);
    const context = await session().browser.newContext();
    const page = await context.newPage();
    const first = await page.goto(`${session().sandbox.url}/dashboard`);
    expect(first?.status()).toBe(401);
    expect(await page.locator('iframe.forge-frame').count()).toBe(0);
    await page.getByRole('button', { name: registrar.displayName, exact: true }).click();
    await page.waitForURL(`${session().sandbox.url}/dashboard`);
    expect(await page.locator('#sandbox-user').inputValue()).toBe(registrar.accountId);
    expect(await page.locator('iframe.forge-frame').count()).toBe(1);
    await context.close();
  });
});

describe('the advocate panel on the sandbox issue view', () => {
  it('renders with its context for two users and remembers a language per user through invoke', async () => {
    const registrar = userWithRole(/registrar/i);
    const advocate = userWithRole(/advocate/i);
    const key = await complaintKey();
    expect(key).toMatch(/^[A-Z]+-\d+$/);

    // Each user first sees the panel in the language of their Jira locale, with the issue from the context.
    const pages = new Map<DemoUser, Page>();
    for (const user of [registrar, advocate]) {
      const language = languageOfLocale(user.locale);
      const page = await openIssueAs(user, key);
      await panel(page).getByRole('heading', { name: translate(language, 'panel.heading') }).waitFor();
      expect(await panel(page).getByText(translate(language, 'panel.issueKey', { key }), { exact: true }).count()).toBe(1);
      expect(await page.locator('#sandbox-user').inputValue()).toBe(user.accountId);
      pages.set(user, page);
    }

    // The advocate picks another language (Ukrainian, unless Jira already speaks it to them):
    // the panel re-renders at once, and the choice goes to the resolver.
    const advocatePage = pages.get(advocate) as Page;
    const picked = languageOfLocale(advocate.locale) === 'uk' ? 'ru' : 'uk';
    const saved = advocatePage.waitForResponse((r) => r.url().endsWith('/__sandbox/invoke') && (r.request().postData() ?? '').includes('preferences/set-language'));
    await panel(advocatePage).getByRole('combobox', { name: translate(languageOfLocale(advocate.locale), 'language.label') }).selectOption(picked);
    await panel(advocatePage).getByRole('heading', { name: translate(picked, 'panel.heading') }).waitFor();
    expect((await saved).status()).toBe(200);

    // Reloading proves the round trip: preferences/get-language now answers the pick, for the advocate only.
    await advocatePage.reload();
    await panel(advocatePage).getByText(translate(picked, 'panel.issueKey', { key }), { exact: true }).waitFor();
    await advocatePage.screenshot({ path: path.join(RESULTS, `issue-panel-advocate-${picked}.png`), fullPage: true });

    const registrarPage = pages.get(registrar) as Page;
    await registrarPage.reload();
    const registrarLanguage = languageOfLocale(registrar.locale);
    await panel(registrarPage).getByRole('heading', { name: translate(registrarLanguage, 'panel.heading') }).waitFor();
    await registrarPage.screenshot({ path: path.join(RESULTS, `issue-panel-registrar-${registrarLanguage}.png`), fullPage: true });
  });

  it('answers the other bridge calls: product fetch as the viewer, flags, events, navigation', async () => {
    const advocate = userWithRole(/advocate/i);
    const page = await openIssueAs(advocate, 'CMP-1');
    await panel(page).getByRole('heading').first().waitFor();
    const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/panel/')) as Frame;
    // Straight through window.__bridge, as @forge/bridge calls it.
    const call = (method: string, payload?: unknown) =>
      frame.evaluate(
        async ([m, p]) => {
          const bridge = (window as unknown as { __bridge: { callBridge: (method: string, payload?: unknown) => Promise<unknown> } }).__bridge;
          try {
            return { value: await bridge.callBridge(m, p) };
          } catch (error) {
            return { error: (error as Error).message };
          }
        },
        [method, payload] as const,
      );

    const myself = (await call('fetchProduct', { product: 'jira', restPath: '/rest/api/3/myself', fetchRequestInit: { method: 'GET', headers: [] } })) as { value: { status: number; body: string } };
    expect([myself.value.status, (JSON.parse(myself.value.body) as { accountId: string }).accountId]).toEqual([200, advocate.accountId]);
    expect(await call('fetchProduct', { product: 'jira', restPath: '/__sandbox/reset', fetchRequestInit: { method: 'POST' } })).toEqual({ error: expect.stringContaining('only proxies Jira REST') as unknown });
    expect(await call('submit', {})).toEqual({ value: false });
    expect(await call('teleport')).toEqual({ error: 'teleport is not supported by the sandbox host' });

    await call('showFlag', { id: 'saved', title: 'Saved', description: 'All good', type: 'success' });
    expect(await page.locator('#sandbox-flags [role="alert"]').textContent()).toContain('Saved');

    const heard = frame.evaluate(
      () =>
        new Promise((resolve) => {
          const bridge = (window as unknown as { __bridge: { callBridge: (method: string, payload?: unknown) => Promise<unknown> } }).__bridge;
          void bridge.callBridge('on', { event: 'ping', callback: resolve });
        }),
    );
    await call('emit', { event: 'ping', payload: { n: 1 } });
    expect(await heard).toEqual({ n: 1 });

    // The navigation may tear the frame down before its call hears back; the URL is what counts.
    const navigated = call('navigate', { target: 'issue', issueKey: 'CMP-2', type: 'same-tab' }).catch(() => null);
    await page.waitForURL(`${session().sandbox.url}/browse/CMP-2`);
    await navigated;
    await page.context().close();
  });
});
