import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { GadgetFigures } from '../../src/contracts/resolver-contracts';
import { languageOfLocale } from '../../src/domain/language';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import { figureFormat } from '../../static/gadget/figure-format';
import type { MessageKey } from '../../static/shared/i18n/catalogue.en';
import { translate } from '../../static/shared/i18n/translate';
import { openForSuite } from '../support/open-for-tests';
import { seriousAxeViolations } from './axe-check';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { demoUser, pageAs, restAs } from './panel-pages';

/*
 * The dashboard gadget in a real Chromium against the seeded sandbox: Max Manager configures it,
 * then reads the figures, which must be the resolver's; its links find the complaints they count
 * in Jira's search; the monthly review downloads as CSV; axe finds nothing serious; and it is
 * photographed in Ukrainian (Max's locale), Russian and the dark theme.
 */
jest.setTimeout(600_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);

const max = () => demoUser(session(), DEMO_ACCOUNTS.manager);
const language = () => languageOfLocale(max().locale);
const say = (key: MessageKey, params?: Parameters<typeof translate>[2]) => translate(language(), key, params);
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `gadget-${name}.png`), fullPage: true });
const SETTINGS = { projectKeys: ['CMP'], periodMonths: 6, departmentIds: [] };

/** The dashboard as Max, and the gadget's frame once its heading is there. */
const openDashboard = async (query = '', colorMode: 'light' | 'dark' = 'light'): Promise<{ page: Page; frame: Frame }> => {
  const page = await pageAs(session(), max(), colorMode);
  await page.goto(`${session().sandbox.url}/dashboard${query}`);
  await page.frameLocator('iframe.forge-frame').getByRole('heading', { level: 1 }).waitFor();
  const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/gadget/'));
  if (frame === undefined) throw new Error('The gadget frame is not there');
  return { page, frame };
};

/** The gadget's one call, straight to the app as the host makes it for Max. */
const resolverAnswer = async (): Promise<GadgetFigures> => {
  const answer = (await session().sandbox.services.host.invokeResolver({
    site: { moduleKey: 'manager-dashboard', localId: 'manager-dashboard/test', extension: {} },
    viewer: { accountId: max().accountId, locale: max().locale, timeZone: max().timeZone, colorMode: 'light', accountType: 'licensed' },
    functionKey: 'gadget/figures',
    payload: SETTINGS,
  })) as { ok: true; data: GadgetFigures };
  return answer.data;
};

/** The cells of the row headed `label` in the table captioned `caption`. */
const rowOf = async (frame: Frame, caption: string, label: string): Promise<string[]> => {
  const table = frame.getByRole('table', { name: caption, exact: true });
  const row = table.getByRole('row').filter({ has: frame.getByRole('rowheader', { name: label, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
};

/** How many complaints Jira's search finds as Max for the JQL behind a figure's link. */
const searchCount = async (href: string | null): Promise<number> => {
  const jql = new URL(href ?? '', session().sandbox.url).searchParams.get('jql') ?? '';
  const found = await restAs(session(), max(), 'POST', '/rest/api/3/search/jql', { jql, maxResults: 100 });
  expect([found.status, jql]).toEqual([200, jql]);
  return (JSON.parse(found.text) as { issues: unknown[] }).issues.length;
};

describe('the dashboard gadget', () => {
  it('is configured by Max, then shows the figures the resolver computes, linked to the searches that list them', async () => {
    const { page: editPage, frame: edit } = await openDashboard('?edit=1');
    await edit.getByRole('textbox', { name: say('gadget.edit.projects.label') }).fill('cmp');
    await edit.getByRole('textbox', { name: say('gadget.edit.period.label') }).fill(String(SETTINGS.periodMonths));
    const departments = edit.getByRole('group', { name: say('gadget.edit.departments.label') });
    await departments.getByRole('checkbox', { name: 'Billing' }).waitFor();
    expect(await departments.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await Promise.all([editPage.waitForURL(`${session().sandbox.url}/dashboard`), edit.getByRole('button', { name: say('gadget.edit.save') }).click()]);
    await editPage.context().close();

    const expected = await resolverAnswer();
    const { figures } = expected;
    expect(figures.registered).toBeGreaterThan(0);
    expect(figures.satisfaction.count).toBeGreaterThan(0);
    const { page, frame } = await openDashboard();
    const format = figureFormat(max().locale, figures.compensation.currency);
    const flow = say('gadget.section.flow');
    await frame.getByRole('table', { name: flow, exact: true }).waitFor();
    expect(await rowOf(frame, flow, say('gadget.metric.registered'))).toEqual([format.count(figures.registered)]);
    expect(await rowOf(frame, flow, say('gadget.metric.closed'))).toEqual([format.count(figures.rates.closed)]);
    expect(await rowOf(frame, say('gadget.metric.openByStatus'), say('gadget.metric.openTotal'))).toEqual([format.count(figures.open.total)]);
    expect(await rowOf(frame, say('gadget.section.satisfaction'), say('gadget.metric.satisfactionAverage'))).toEqual([format.decimal(figures.satisfaction.average)]);
    const month = figures.trend.at(-2);
    if (month === undefined) throw new Error('The trend has no months');
    expect(await rowOf(frame, say('gadget.section.trend'), format.month(month.month))).toEqual([
      format.count(month.registered),
      format.count(month.closed),
      format.decimal(month.averageSatisfaction),
    ]);

    // Each link's JQL finds in Jira as many complaints as the figure counts.
    const registered = frame.getByRole('table', { name: flow, exact: true }).getByRole('link');
    expect(await searchCount(await registered.first().getAttribute('href'))).toBe(figures.registered);
    const closed = frame.getByRole('table', { name: flow, exact: true }).getByRole('link', { name: format.count(figures.rates.closed), exact: true });
    expect(await searchCount(await closed.first().getAttribute('href'))).toBe(figures.rates.closed);
    expect(await rowOf(frame, flow, say('gadget.metric.escalatedByCustomers'))).toEqual([format.count(figures.escalatedByCustomers)]);
    const open = frame.getByRole('table', { name: say('gadget.metric.openByStatus'), exact: true }).getByRole('link', { name: format.count(figures.open.total), exact: true });
    expect(await searchCount(await open.first().getAttribute('href'))).toBe(figures.open.total);
    // Overdue and escalated go through the app's JQL function, which the emulator calls as Jira does.
    const openTable = frame.getByRole('table', { name: say('gadget.metric.openByStatus'), exact: true });
    for (const [metric, count] of [
      ['gadget.metric.overdueNow', figures.open.overdue],
      ['gadget.metric.escalatedNow', figures.open.escalated],
    ] as const) {
      expect(await rowOf(frame, say('gadget.metric.openByStatus'), say(metric))).toEqual([format.count(count)]);
      const row = openTable.getByRole('row').filter({ has: frame.getByRole('rowheader', { name: say(metric), exact: true }) });
      expect(await searchCount(await row.getByRole('link').getAttribute('href'))).toBe(count);
    }
    expect(figures.open.overdue).toBeGreaterThan(0);
    // Time to first action is over the complaints whose work started in the period: its link lists them.
    const timing = frame.getByRole('table', { name: say('gadget.section.timing'), exact: true });
    const firstAction = timing.getByRole('row').filter({ has: frame.getByRole('rowheader', { name: say('gadget.metric.firstActionMedian'), exact: true }) });
    expect(figures.timeToFirstAction.count).toBeGreaterThan(0);
    expect(await searchCount(await firstAction.getByRole('link').getAttribute('href'))).toBe(figures.timeToFirstAction.count);

    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, `view-${language()}`);

    // The monthly review, downloaded and parsed: its numbers are the same figures.
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('link', { name: say('gadget.export') }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const rows = csv.trimEnd().split('\r\n').map((line) => line.split(','));
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(rows[0]).toEqual([say('gadget.column.figure'), say('gadget.column.breakdown'), say('gadget.column.value')]);
    const value = (metric: MessageKey, breakdown = '') => rows.find((r) => r[0] === say(metric) && r[1] === breakdown)?.[2];
    expect(value('gadget.metric.registered')).toBe(String(figures.registered));
    expect(value('gadget.metric.openTotal')).toBe(String(figures.open.total));
    expect(value('gadget.metric.trendRegistered', month.month)).toBe(String(month.registered));
    expect(Number(value('gadget.metric.satisfactionAverage'))).toBeCloseTo(figures.satisfaction.average ?? Number.NaN, 4);
    await page.context().close();
  });

  it('reads well in the dark theme and in Russian', async () => {
    const { page, frame } = await openDashboard('', 'dark');
    await frame.getByRole('table').first().waitFor();
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, `dark-${language()}`);
    await frame.locator('select').first().selectOption('ru');
    await frame.getByRole('heading', { level: 1, name: translate('ru', 'gadget.title') }).waitFor();
    await frame.getByRole('table', { name: translate('ru', 'gadget.section.flow'), exact: true }).waitFor();
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, 'dark-ru');
    await page.context().close();
    // The language choice is remembered per user: the next view opens in Russian.
    const { page: light, frame: lightFrame } = await openDashboard();
    await lightFrame.getByRole('table', { name: translate('ru', 'gadget.section.flow'), exact: true }).waitFor();
    await shot(light, 'view-ru');
    // Max's language goes back to his Jira locale's for the other tests.
    await lightFrame.locator('select').first().selectOption(language());
    await lightFrame.getByRole('heading', { level: 1, name: say('gadget.title') }).waitFor();
    await light.context().close();
  });
});
