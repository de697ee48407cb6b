import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import type { DemoUser } from '../../sandbox/jira/emulator.types';
import type { Language } from '../../src/domain/language';
import { translate } from '../../static/shared/i18n/translate';
import { openForSuite } from '../support/open-for-tests';
import { seriousAxeViolations } from './axe-check';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { demoUser, openIssueAs, panelOf, restAs, say, trailOf } from './panel-pages';

/*
 * The triage suggestion in a real Chromium (issue 17): a complaint registered without a department
 * shows the advocate what the model, learned from the demo's routed complaints, suggests and why;
 * one click re-routes it, and the trail says the suggestion was accepted.
 */
jest.setTimeout(600_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);

const person = (accountId: string): DemoUser => demoUser(session(), accountId);
const advocate = () => person(DEMO_ACCOUNTS.advocate);
const registrar = () => person(DEMO_ACCOUNTS.registrar);

/** A complaint without a department, registered over REST by the registrar: the app sends it to triage. */
const registerWithoutDepartment = async (summary: string): Promise<{ id: string; key: string }> => {
  const created = await restAs(session(), registrar(), 'POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, issuetype: { name: 'Complaint' }, summary } });
  expect(created.status).toBe(201);
  await session().sandbox.services.settle();
  return JSON.parse(created.text) as { id: string; key: string };
};

const fieldsOf = async (key: string): Promise<Record<string, unknown>> => {
  const issue = await restAs(session(), person(DEMO_ACCOUNTS.admin), 'GET', `/rest/api/3/issue/${key}`);
  return (JSON.parse(issue.text) as { fields: Record<string, unknown> }).fields;
};

const panelFrame = (page: Page): Frame => page.frames().find((f) => f.url().includes('/__sandbox/resources/panel/')) as Frame;

describe('the triage suggestion on the advocate’s panel', () => {
  it('suggests Billing for a double charge, with its words, and one click re-routes it and says so on the trail', async () => {
    const { key } = await registerWithoutDepartment('Charged twice for the same invoice, I want a refund');
    const user = advocate();
    const page = await openIssueAs(session(), user, key);
    const card = panelOf(page).getByRole('region', { name: say(user, 'panel.suggestion.heading') });
    await card.getByText(say(user, 'panel.suggestion.department', { name: 'Billing' })).waitFor();
    expect(await card.getByText(say(user, 'panel.suggestion.source.local')).count()).toBe(1);
    const text = await card.innerText();
    expect(text).toMatch(/charged|invoice|refund/i);
    expect(await seriousAxeViolations(panelFrame(page))).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'triage-suggestion-en.png'), fullPage: true });

    await card.getByRole('button', { name: say(user, 'panel.suggestion.accept', { name: 'Billing' }) }).click();
    const trail = trailOf(page, user);
    await trail.getByText(say(user, 'trail.reason.rerouted.suggested')).waitFor();
    await trail.getByText(/Billing · \d+%/).first().waitFor();
    expect(await trail.innerText()).toContain(say(user, 'trail.kind.suggestion'));
    await page.screenshot({ path: path.join(RESULTS, 'triage-suggestion-accepted.png'), fullPage: true });

    const fields = await fieldsOf(key);
    expect(fields.assignee).toMatchObject({ accountId: DEMO_ACCOUNTS.billingLead });
    expect(Object.values(fields)).toContainEqual(expect.objectContaining({ value: 'Billing' }));
    await page.context().close();
  });

  it('reads in Russian and Ukrainian, light and dark, with no serious axe finding', async () => {
    const { key } = await registerWithoutDepartment('The parcel arrived late and the courier left it in the rain');
    const user = advocate();
    for (const [language, mode] of [['ru', 'light'], ['uk', 'dark']] as const satisfies readonly (readonly [Language, 'light' | 'dark'])[]) {
      const page = await openIssueAs(session(), user, key, mode);
      // The picker is labelled in whichever language the panel speaks now.
      const picker = panelOf(page).getByRole('combobox', { name: new RegExp(`^(${(['en', 'ru', 'uk'] as const).map((l) => translate(l, 'language.label')).join('|')})$`) });
      await picker.selectOption(language);
      const card = panelOf(page).getByRole('region', { name: translate(language, 'panel.suggestion.heading') });
      await card.getByText(translate(language, 'panel.suggestion.department', { name: 'Delivery' })).waitFor();
      expect(await seriousAxeViolations(panelFrame(page))).toEqual([]);
      await page.screenshot({ path: path.join(RESULTS, `triage-suggestion-${language}-${mode}.png`), fullPage: true });
      await page.context().close();
    }
  });
});
