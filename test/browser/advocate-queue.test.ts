import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { addBusinessDays } from '../../src/domain/calendar/business-time';
import { defaultConfig } from '../../src/domain/config/parse-config';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import { SANDBOX_SITE } from '../../sandbox/host/forge-runtime';
import { queuePagePath } from '../../src/domain/desk/advocate-digest';
import { openForSuite } from '../support/open-for-tests';
import { seriousAxeViolations } from './axe-check';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { demoUser, pageAs, panelOf, say } from './panel-pages';

/*
 * The advocate's queue page in a real Chromium against the seeded sandbox: Ava Advocate sees the
 * demo complaints that await her in the order the README gives, worked out here from the index's
 * rows by this test's own reading of the rules; a click (and Enter) opens the complaint with the
 * panel; Boris, a lead, is told the queue is not his; a portal customer gets no queues at all;
 * axe finds nothing serious; screenshots in Russian and Ukrainian, light and dark.
 */
jest.setTimeout(600_000);
/** A Monday morning, as the issue's "33 reminders at once" happened. */
const NOW = Date.UTC(2026, 2, 2, 9, 0);
const session = openForSuite(() => startBrowserSession(NOW), BROWSER_START_MS);

const ava = () => demoUser(session(), DEMO_ACCOUNTS.advocate);
const boris = () => demoUser(session(), DEMO_ACCOUNTS.billingLead);
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `queue-${name}.png`), fullPage: true });

interface IndexRow {
  readonly issue_key: string;
  readonly status: number;
  readonly responsible_account_id: string | null;
  readonly return_count: number;
  readonly reopen_count: number;
  readonly created_at: number;
  readonly status_changed_at: number;
  readonly due_at: number | null;
  readonly escalation_level: number;
}

/** The index's status codes (`column-codes.ts`), spelt out here rather than decoded by the app. */
const CLOSED = 4;
const IN_PROGRESS = 2;
const MEASURES_DONE = 3;

/**
 * What the README says the queue lists, read straight from the app's SQLite tables: the reason of
 * each open complaint (the first rule that holds), then the order: reason, oldest since, key.
 */
const expectedQueue = (): { key: string; reason: string }[] => {
  const rows = session().sandbox.services.appSql.prepare('select * from complaint where status <> ?').all(CLOSED) as IndexRow[];
  // No calendar is configured in the sandbox: the default one (London, Monday to Friday, 9 to 18).
  const soon = addBusinessDays(defaultConfig().calendar, NOW, 1);
  const rules: readonly [string, (r: IndexRow) => boolean, (r: IndexRow) => number][] = [
    ['escalated', (r) => r.escalation_level > 0, (r) => r.status_changed_at],
    ['overdue', (r) => r.due_at !== null && r.due_at < NOW, (r) => r.due_at ?? 0],
    ['triage', (r) => r.responsible_account_id === null, (r) => r.created_at],
    ['call_due', (r) => r.status === MEASURES_DONE, (r) => r.status_changed_at],
    ['due_soon', (r) => r.due_at !== null && r.due_at <= soon, (r) => r.status_changed_at],
    ['rework', (r) => r.status === IN_PROGRESS && r.return_count + r.reopen_count > 0, (r) => r.status_changed_at],
  ];
  const number = (key: string) => Number(key.split('-')[1]);
  return rows
    .flatMap((r) => {
      const rank = rules.findIndex(([, holds]) => holds(r));
      const rule = rules[rank];
      return rule === undefined ? [] : [{ key: r.issue_key, reason: rule[0], rank, since: rule[2](r) }];
    })
    .sort((a, b) => a.rank - b.rank || a.since - b.since || number(a.key) - number(b.key))
    .slice(0, 100)
    .map(({ key, reason }) => ({ key, reason }));
};

/** The Queues page as `user`, and the queue's frame once its heading is there. */
const openQueue = async (user = ava(), colorMode: 'light' | 'dark' = 'light'): Promise<{ page: Page; frame: Frame }> => {
  const page = await pageAs(session(), user, colorMode);
  await page.goto(`${session().sandbox.url}/queues`);
  await page.frameLocator('iframe.forge-frame').getByRole('heading', { level: 1 }).waitFor();
  const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/queue/'));
  if (frame === undefined) throw new Error('The queue frame is not there');
  return { page, frame };
};

const shownRows = async (frame: Frame): Promise<{ key: string; reason: string }[]> => {
  const table = frame.getByRole('table');
  await table.waitFor();
  const rows = await table.getByRole('row').all();
  return Promise.all(
    rows.slice(1).map(async (row) => ({
      key: ((await row.getByRole('link').textContent()) ?? '').split(':')[0] ?? '',
      reason: ((await row.getByRole('cell').first().textContent()) ?? '').trim(),
    })),
  );
};

describe("the advocate's queue page", () => {
  it('lists, for Ava, the demo complaints awaiting the advocate in the order of urgency, and opens one with its panel from the keyboard', async () => {
    const expected = expectedQueue();
    expect(expected.length).toBeGreaterThan(3);
    expect(new Set(expected.map((e) => e.reason)).size).toBeGreaterThan(1);
    const { page, frame } = await openQueue();
    expect(page.url()).toBe(`${session().sandbox.url}/jira/servicedesk/projects/CMP/queues`);
    expect(await shownRows(frame)).toEqual(expected.map(({ key, reason }) => ({ key, reason: say(ava(), `queue.reason.${reason}` as 'queue.reason.triage') })));
    expect(await seriousAxeViolations(frame)).toEqual([]);

    // From the language picker, Tab reaches the most urgent complaint's link, and Enter opens it.
    const first = expected[0]?.key ?? '';
    await frame.getByRole('combobox', { name: say(ava(), 'language.label') }).focus();
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(new RegExp(`^${first}: `));
    await Promise.all([page.waitForURL(`${session().sandbox.url}/browse/${first}`), page.keyboard.press('Enter')]);
    await panelOf(page).getByRole('region', { name: say(ava(), 'trail.heading') }).waitFor();
    await page.context().close();
  });

  it('opens a complaint with a click', async () => {
    const second = expectedQueue()[1]?.key ?? '';
    const { page, frame } = await openQueue();
    await Promise.all([page.waitForURL(`${session().sandbox.url}/browse/${second}`), frame.getByRole('link', { name: new RegExp(`^${second}: `) }).click()]);
    await panelOf(page).getByRole('region', { name: say(ava(), 'trail.heading') }).waitFor();
    await page.context().close();
  });

  it('is photographed in Russian and Ukrainian, light and dark, and axe finds nothing serious in either', async () => {
    const picker = (frame: Frame) => frame.getByRole('combobox', { name: /Language|Язык|Мова/ });
    for (const colorMode of ['light', 'dark'] as const) {
      const { page, frame } = await openQueue(ava(), colorMode);
      for (const [language, caption] of [
        ['ru', /Самые срочные/],
        ['uk', /Найтерміновіші/],
      ] as const) {
        await picker(frame).selectOption(language);
        await frame.getByRole('table', { name: caption }).waitFor();
        expect(await seriousAxeViolations(frame)).toEqual([]);
        await shot(page, `${language}-${colorMode}`);
      }
      await page.context().close();
    }
    // Ava's language goes back to her Jira locale's for whoever looks next.
    const { page, frame } = await openQueue();
    await picker(frame).selectOption('en');
    await page.context().close();
  });

  it('tells Boris, a lead, that the queue is for advocates, and a portal customer gets no queues at all', async () => {
    const { page, frame } = await openQueue(boris());
    const alert = frame.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(say(boris(), 'queue.forbidden'));
    expect(await frame.getByRole('table').count()).toBe(0);
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, 'ru-lead-refused');
    await page.context().close();

    const customer = await pageAs(session(), demoUser(session(), DEMO_ACCOUNTS.customer));
    const answer = await customer.goto(`${session().sandbox.url}/jira/servicedesk/projects/CMP/queues`);
    // Jira does not show a customer the service project itself, so there are no queues to refuse.
    expect(answer?.status()).toBe(404);
    expect(await customer.locator('iframe.forge-frame').count()).toBe(0);
    await customer.context().close();
  });

  it('opens at the address the daily digest gives (Jira’s app and environment ids), and at no other ids', async () => {
    const appId = session().sandbox.services.host.manifest.appId.split('/').pop() ?? '';
    const page = await pageAs(session(), ava());
    const answer = await page.goto(`${session().sandbox.url}${queuePagePath('CMP', appId, SANDBOX_SITE.environmentId)}`);
    expect(answer?.status()).toBe(200);
    await page.frameLocator('iframe.forge-frame').getByRole('heading', { level: 1 }).waitFor();
    const wrong = await page.goto(`${session().sandbox.url}${queuePagePath('CMP', appId, 'another-environment')}`);
    expect(wrong?.status()).toBe(404);
    expect(await page.locator('iframe.forge-frame').count()).toBe(0);
    await page.context().close();
  });
});
