import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { DemoUser } from '../../sandbox/jira/emulator.types';
import { languageOfLocale } from '../../src/domain/language';
import { translate, type MessageKey, type MessageParams } from '../../static/shared/i18n/translate';
import type { BrowserSession } from './browser-session';

/** The demo user whose role label matches, as the sandbox's user switcher lists them. */
export const userWithRole = (session: BrowserSession, role: RegExp): DemoUser => {
  const user = session.sandbox.services.emulator.users().find((u) => role.test(u.roleLabel));
  if (!user) throw new Error(`No demo user with role ${role.source}`);
  return user;
};

/** The demo user with this account id. */
export const demoUser = (session: BrowserSession, accountId: string): DemoUser => {
  const user = session.sandbox.services.emulator.users().find((u) => u.accountId === accountId);
  if (!user) throw new Error(`No demo user ${accountId}`);
  return user;
};

/** What the panel says to this user, in the language of their Jira locale. */
export const say = (user: DemoUser, key: MessageKey, params?: MessageParams): string => translate(languageOfLocale(user.locale), key, params);

/** A page in a fresh browser context whose user switcher names the user (and the theme, if given). */
export const pageAs = async (session: BrowserSession, user: DemoUser, colorMode: 'light' | 'dark' = 'light'): Promise<Page> => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const url = session.sandbox.url;
  await context.addCookies([
    { name: 'sandbox-user', value: user.accountId, url },
    { name: 'sandbox-theme', value: colorMode, url },
  ]);
  return context.newPage();
};

/** The issue page of `key` as `user`. */
export const openIssueAs = async (session: BrowserSession, user: DemoUser, key: string, colorMode: 'light' | 'dark' = 'light'): Promise<Page> => {
  const page = await pageAs(session, user, colorMode);
  await page.goto(`${session.sandbox.url}/browse/${key}`);
  return page;
};

/** The advocate panel's iframe on an issue page. */
export const panelOf = (page: Page): FrameLocator => page.frameLocator('iframe.forge-frame');

/** The panel's History list, once `panel/view` has answered. */
export const trailOf = (page: Page, user: DemoUser): Locator => panelOf(page).getByRole('region', { name: say(user, 'trail.heading') });

/** Jira's REST API on the sandbox as `user` (basic auth with their e-mail, as an API token would be). */
export const restAs = async (session: BrowserSession, user: DemoUser, method: string, restPath: string, body?: unknown): Promise<{ status: number; text: string }> => {
  const response = await fetch(new URL(restPath, session.sandbox.url), {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${user.email}:token`).toString('base64')}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, text: await response.text() };
};

/**
 * Performs an action in the panel as its user sees it: the action's button, its inline form
 * (filled by `fill`), its submit button, and the panel's "done" message once the view is read again.
 */
export const actInPanel = async (page: Page, user: DemoUser, action: string, fill: (form: Locator) => Promise<void>): Promise<void> => {
  const panel = panelOf(page);
  const label = say(user, `panel.action.${action}` as MessageKey);
  await panel.getByRole('button', { name: label, exact: true }).click();
  const form = panel.getByRole('form', { name: label });
  await fill(form);
  await form.getByRole('button', { name: label, exact: true }).click();
  await panel.getByRole('status').filter({ hasText: say(user, 'panel.done', { action: label }) }).waitFor();
};

/** The names of the action buttons the panel offers, in its order; none when it shows no Actions section. */
export const offeredActions = async (page: Page, user: DemoUser): Promise<string[]> => {
  const panel = panelOf(page);
  await trailOf(page, user).waitFor();
  const actions = panel.getByRole('region', { name: say(user, 'panel.actions.heading') });
  if ((await actions.count()) === 0) return [];
  return (await actions.getByRole('button').allTextContents()).map((name) => name.trim());
};
