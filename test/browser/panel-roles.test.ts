import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import type { DemoUser } from '../../sandbox/jira/emulator.types';
import { PANEL_ACTIONS, type PanelAction, type PanelView } from '../../src/contracts/panel-view';
import { openForSuite } from '../support/open-for-tests';
import { seriousAxeViolations } from './axe-check';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { actInPanel, demoUser, offeredActions, openIssueAs, panelOf, restAs, say, trailOf } from './panel-pages';

/*
 * Who sees which action, what a forged call gets, where an anonymous customer's contact data may
 * appear, and how the panel reads in Russian, Ukrainian and the dark theme, in a real Chromium.
 */
// Many panel loads in a cold Chromium: a minute or two on an idle machine, far more beside another suite.
jest.setTimeout(600_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);

const person = (accountId: string): DemoUser => demoUser(session(), accountId);
const lead = () => person(DEMO_ACCOUNTS.billingLead);
const deliveryLead = () => person(DEMO_ACCOUNTS.deliveryLead);
const advocate = () => person(DEMO_ACCOUNTS.advocate);
const manager = () => person(DEMO_ACCOUNTS.manager);
const registrar = () => person(DEMO_ACCOUNTS.registrar);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `panel-${name}.png`), fullPage: true });

let fieldIds: Readonly<Record<string, string>>;

beforeAll(async () => {
  const fields = JSON.parse((await restAs(session(), person(DEMO_ACCOUNTS.admin), 'GET', '/rest/api/3/field')).text) as { id: string; name: string }[];
  fieldIds = Object.fromEntries(fields.map((f) => [f.name, f.id]));
});

/** A Billing complaint registered over REST by the registrar, routed by the app. */
const register = async (summary: string, anonymous = false): Promise<{ id: string; key: string }> => {
  const created = await restAs(session(), registrar(), 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'CMP' },
      issuetype: { name: 'Complaint' },
      summary,
      [fieldIds.Department ?? '']: { value: 'Billing' },
      [fieldIds.Anonymous ?? '']: { value: anonymous ? 'Yes' : 'No' },
    },
  });
  expect(created.status).toBe(201);
  await session().sandbox.services.settle();
  return JSON.parse(created.text) as { id: string; key: string };
};

const labels = (user: DemoUser, actions: readonly PanelAction[]) => actions.map((a) => say(user, `panel.action.${a}`));

const offeredTo = async (user: DemoUser, key: string): Promise<string[]> => {
  const page = await openIssueAs(session(), user, key);
  const offered = await offeredActions(page, user);
  await page.context().close();
  return offered;
};

/** A resolver call straight through the panel frame's bridge, as a script in the page could make it. */
const invokeFromPanel = async (page: Page, functionKey: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string } }> => {
  const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/panel/'));
  if (frame === undefined) throw new Error('The panel frame is not there');
  return frame.evaluate(
    async ([key, body]) => {
      const bridge = (window as unknown as { __bridge: { callBridge: (method: string, payload?: unknown) => Promise<unknown> } }).__bridge;
      return (await bridge.callBridge('invoke', { functionKey: key, payload: body })) as { ok: boolean };
    },
    [functionKey, payload] as const,
  );
};

/** Every panel key with a payload that would pass its schema. */
const VALID_PAYLOADS: Readonly<Record<string, unknown>> = {
  'complaint/start-work': { measures: 'Refund', measuresDeadline: '2026-03-20' },
  'complaint/revise-measures': { measures: 'Refund', measuresDeadline: '2026-03-20' },
  'complaint/mark-done': { actionTaken: 'Refunded' },
  'complaint/close': { satisfaction: 5, consideredResolved: true, callNotes: 'Happy' },
  'complaint/return': { reason: 'Not done' },
  'complaint/reopen': { reason: 'Back again' },
  'complaint/withdraw': { reason: 'Withdrawn by the customer' },
  'complaint/mark-duplicate': { reason: 'Same as the other', duplicateOf: 'CMP-1' },
  'complaint/nudge': {},
  'complaint/open-follow-up': { reason: 'More to do' },
  'complaint/reroute': { departmentId: 'delivery', reason: 'Wrong department' },
};

describe('the actions each role is offered', () => {
  it('offers each role only its actions, refuses forged calls and changes nothing', async () => {
    const complaint = await register('Charged twice, roles');
    const { key } = complaint;
    expect(await offeredTo(lead(), key)).toEqual(labels(lead(), ['start_work']));
    expect(await offeredTo(advocate(), key)).toEqual(labels(advocate(), ['start_work', 'withdraw', 'mark_duplicate', 'reroute', 'nudge']));
    expect(await offeredTo(manager(), key)).toEqual([]);
    expect(await offeredTo(registrar(), key)).toEqual([]);

    // The registrar's panel, with a script calling every key itself.
    const page = await openIssueAs(session(), registrar(), key);
    await trailOf(page, registrar()).waitFor();
    const before = (await invokeFromPanel(page, 'panel/view', {})) as { ok: true; data: PanelView };
    expect(before.data.actions).toEqual([]);
    for (const [functionKey, payload] of Object.entries(VALID_PAYLOADS)) {
      // Refused for the role, or, where the step does not start from Registered, for the status, which the workflow checks first.
      const refusal = (await invokeFromPanel(page, functionKey, payload)).error?.code ?? 'none';
      expect([functionKey, ['FORBIDDEN', 'TRANSITION_NOT_ALLOWED'].includes(refusal)]).toEqual([functionKey, true]);
      // Naming another issue in the payload is refused before anything else: the issue comes from the context only.
      expect([functionKey, (await invokeFromPanel(page, functionKey, { ...(payload as object), issueId: '10001' })).error?.code]).toEqual([functionKey, 'INVALID_INPUT']);
    }
    const after = (await invokeFromPanel(page, 'panel/view', {})) as { ok: true; data: PanelView };
    expect(after.data.complaint).toEqual(before.data.complaint);
    expect(after.data.trail).toEqual(before.data.trail);
    await page.context().close();
    expect(PANEL_ACTIONS.length).toBe(Object.keys(VALID_PAYLOADS).length);
  });
});

describe('re-routing', () => {
  it('sends the complaint to Delivery: both leads are told, and the Delivery lead gets the actions', async () => {
    const { key } = await register('Parcel never came, billed anyway');
    const mailsBefore = session().sandbox.services.emulator.outbox().length;
    const page = await openIssueAs(session(), advocate(), key);
    await actInPanel(page, advocate(), 'reroute', async (form) => {
      await form.getByLabel(say(advocate(), 'panel.field.departmentId'), { exact: true }).selectOption({ label: 'Delivery' });
      await form.getByLabel(say(advocate(), 'panel.field.reason'), { exact: true }).fill('The parcel is the real problem');
    });
    await session().sandbox.services.settle();
    await shot(page, 'rerouted-advocate');
    await page.context().close();

    const mails = session().sandbox.services.emulator.outbox().slice(mailsBefore).filter((m) => m.issueKey === key);
    const told = new Set(mails.flatMap((m) => m.recipients.map((r) => r.accountId)));
    expect([told.has(DEMO_ACCOUNTS.billingLead), told.has(DEMO_ACCOUNTS.deliveryLead)]).toEqual([true, true]);
    expect(await offeredTo(deliveryLead(), key)).toEqual(labels(deliveryLead(), ['start_work']));
    expect(await offeredTo(lead(), key)).toEqual([]);
  });
});

describe("an anonymous customer's contact data", () => {
  it('is shown to the advocate, and never to the lead: not in the panel, not over REST, not through JQL', async () => {
    const { key } = await register('Rude driver, please keep my name out', true);
    const page = await openIssueAs(session(), advocate(), key);
    const panel = panelOf(page);
    const contact = panel.getByRole('region', { name: say(advocate(), 'contact.heading') });
    await contact.getByRole('button', { name: say(advocate(), 'contact.record') }).click();
    const form = panel.getByRole('form', { name: say(advocate(), 'contact.record') });
    await form.getByLabel(say(advocate(), 'contact.name'), { exact: true }).fill('Olena Quietly');
    await form.getByLabel(say(advocate(), 'contact.phone'), { exact: true }).fill('+44 20 7946 0958');
    await form.getByRole('button', { name: say(advocate(), 'contact.save') }).click();
    await contact.getByText('+44 20 7946 0958').waitFor();
    await shot(page, 'contact-advocate');
    await page.context().close();

    const leadPage = await openIssueAs(session(), lead(), key);
    await trailOf(leadPage, lead()).waitFor();
    const leadView = JSON.stringify(await invokeFromPanel(leadPage, 'panel/view', {}));
    expect(leadView).not.toMatch(/Olena|7946|"contact"/);
    expect(await panelOf(leadPage).locator('body').textContent()).not.toMatch(/Olena|7946/);
    expect((await invokeFromPanel(leadPage, 'contact/get', {})).error?.code).toBe('FORBIDDEN');
    await shot(leadPage, 'contact-lead');
    await leadPage.context().close();

    const issue = await restAs(session(), lead(), 'GET', `/rest/api/3/issue/${key}?fields=*all&expand=renderedFields,names,changelog&properties=*all`);
    const found = await restAs(session(), lead(), 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(`key = ${key}`)}&fields=*all&properties=*all&expand=changelog`);
    expect([issue.status, found.status]).toEqual([200, 200]);
    expect(issue.text + found.text).not.toMatch(/Olena|7946/);
  });
});

describe('languages, themes and accessibility', () => {
  it('reads in Russian (light) and Ukrainian (dark), with no serious or critical axe findings in either theme', async () => {
    const { key } = await register('Charged in the wrong currency');
    const cases: readonly [DemoUser, 'light' | 'dark', string][] = [
      [lead(), 'light', 'ru-light'],
      [lead(), 'dark', 'ru-dark'],
      [advocate(), 'dark', 'en-dark'],
    ];
    for (const [user, mode, name] of cases) {
      const page = await openIssueAs(session(), user, key, mode);
      await trailOf(page, user).waitFor();
      await panelOf(page).getByRole('button', { name: say(user, 'panel.action.start_work'), exact: true }).click();
      await shot(page, name);
      const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/panel/'));
      expect([name, await seriousAxeViolations(frame ?? page.mainFrame())]).toEqual([name, []]);
      await page.context().close();
    }

    // Dmytro Danko reads Jira in Ukrainian: the Delivery complaints are his.
    const { key: deliveryKey } = JSON.parse(
      (
        await restAs(session(), registrar(), 'POST', '/rest/api/3/issue', {
          fields: { project: { key: 'CMP' }, issuetype: { name: 'Complaint' }, summary: 'Parcel left in the rain', [fieldIds.Department ?? '']: { value: 'Delivery' } },
        })
      ).text,
    ) as { key: string };
    await session().sandbox.services.settle();
    const page = await openIssueAs(session(), deliveryLead(), deliveryKey, 'dark');
    await trailOf(page, deliveryLead()).waitFor();
    expect(await offeredActions(page, deliveryLead())).toEqual(labels(deliveryLead(), ['start_work']));
    await shot(page, 'uk-dark');
    const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/panel/'));
    expect(await seriousAxeViolations(frame ?? page.mainFrame())).toEqual([]);
    await page.context().close();
  });
});
