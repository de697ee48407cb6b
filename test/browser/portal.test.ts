import path from 'node:path';
import { addDays, format } from 'date-fns';
import type { FrameLocator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import type { DemoUser } from '../../sandbox/jira/emulator.types';
import { createSqliteStore } from '../../src/adapters/local/sqlite-store.adapter';
import { languageOfLocale } from '../../src/domain/language';
import { translate, type MessageKey, type MessageParams } from '../../static/shared/i18n/translate';
import { openForSuite } from '../support/open-for-tests';
import { seriousAxeViolations } from './axe-check';
import { BROWSER_START_MS, RESULTS, startBrowserSession } from './browser-session';
import { forgeAccountType } from '../../sandbox/host/ui-context';
import { portalRequestSite } from '../../sandbox/pages/frame-sites';
import { actInPanel, demoUser, openIssueAs, pageAs, panelOf, restAs, say } from './panel-pages';

/*
 * The customer portal, as Carol Customer (English, Chicago) and Kostya Klient (Ukrainian, Kyiv)
 * use it in Chromium: Carol raises a complaint on the portal page and follows it on its request
 * page, escalates it once when its deadline passes, confirms the outcome after Close, and says
 * "not resolved", which reopens it. Kostya may not see it. He raises one anonymously from his
 * profile, which Billing's lead never ties to him while the advocate can reach him. Every answer
 * the portal's resolver gives the browser is kept, to show that nothing internal ever reached it.
 */
// A dozen page loads and a few panel actions in a cold Chromium: about two minutes on an idle machine, far more beside another suite.
jest.setTimeout(900_000);
const session = openForSuite(() => startBrowserSession(Date.UTC(2026, 2, 2, 9, 0)), BROWSER_START_MS);

const person = (accountId: string): DemoUser => demoUser(session(), accountId);
const carol = () => person(DEMO_ACCOUNTS.customer);
const kostya = () => person(DEMO_ACCOUNTS.secondCustomer);

/** What the portal says to this user in `language` (their own by default). */
const words = (user: DemoUser, key: MessageKey, params?: MessageParams, language = languageOfLocale(user.locale)): string => translate(language, key, params);

/** The words of `key` before its first parameter: what a line starts with whatever its date. */
const opening = (user: DemoUser, key: MessageKey): string => words(user, key, { date: '\u0000', satisfaction: '\u0000', key: '\u0000' }).split('\u0000')[0] ?? '';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `portal-${name}.png`), fullPage: true });

/** Every answer the portal's resolver sent a browser, as text. */
const portalAnswers: string[] = [];
/** Routes the page's resolver calls through the test, which keeps each portal answer before the page gets it. */
const keepPortalAnswers = async (page: Page): Promise<void> => {
  await page.route('**/__sandbox/invoke', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if ((route.request().postData() ?? '').includes('"portal/')) portalAnswers.push(body);
    // A page that navigated away meanwhile no longer takes the answer; it was kept all the same.
    await route.fulfill({ response, body }).catch(() => undefined);
  });
};

const portalPageAs = async (user: DemoUser, route: string, colorMode: 'light' | 'dark' = 'light'): Promise<Page> => {
  const page = await pageAs(session(), user, colorMode);
  await keepPortalAnswers(page);
  await page.goto(`${session().sandbox.url}${route}`);
  return page;
};

const appFrame = (page: Page): FrameLocator => page.frameLocator('iframe.forge-frame');

const settle = () => session().sandbox.services.settle();

const issueAsAdmin = async (key: string) => JSON.parse((await restAs(session(), person(DEMO_ACCOUNTS.admin), 'GET', `/rest/api/3/issue/${key}`)).text) as {
  id: string;
  fields: { status: { name: string }; assignee: { accountId: string } | null };
};

/** The complaint's trail, as the app keeps it. */
const trailOf = (issueId: string) => createSqliteStore(session().sandbox.services.appSql).trailOf(issueId);

/** Opens the portal frame's action, fills its form and sends it; waits for the "done" message. */
const actOnPortal = async (page: Page, user: DemoUser, action: 'escalate' | 'confirm', fill: (frame: FrameLocator) => Promise<void>): Promise<void> => {
  const frame = appFrame(page);
  await frame.getByRole('button', { name: words(user, `portal.action.${action}`), exact: true }).click();
  await fill(frame);
  const submit = action === 'escalate' ? words(user, 'portal.action.escalate') : words(user, 'portal.confirm.send');
  await frame.getByRole('form').getByRole('button', { name: submit, exact: true }).click();
  await frame.getByRole('status').filter({ hasText: words(user, `portal.done.${action}`) }).waitFor();
  await settle();
};

const choose = async (frame: FrameLocator, user: DemoUser, group: MessageKey, option: MessageKey) => {
  await frame.getByRole('radiogroup', { name: words(user, group) }).getByRole('radio', { name: words(user, option) }).click();
};

let key = '';
let issueId = '';

it('lets a customer raise a complaint on the portal page, and the app routes it to the lead', async () => {
  const page = await portalPageAs(carol(), '/portal');
  await page.getByRole('link', { name: 'Complaint', exact: true }).click();
  await page.getByLabel('Summary').fill('The invoice for March charged me twice');
  await page.getByLabel('Department').selectOption({ label: 'Billing' });
  await Promise.all([page.waitForURL(/\/portal\/request\/CMP-\d+$/), page.getByRole('button', { name: /raise|create|send/i }).first().click()]);
  key = page.url().split('/').at(-1) ?? '';
  await settle();
  const issue = await issueAsAdmin(key);
  issueId = issue.id;
  expect(issue.fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
  await page.reload();
  await appFrame(page).getByText(words(carol(), 'portal.stageName.received')).first().waitFor();
  await shot(page, '1-raised');
  await page.context().close();
});


const deadlineIn = (days: number) => format(addDays(new Date(session().sandbox.services.clock.now()), days), 'yyyy-MM-dd');

/** The portal's resolver on the request page of `key`, straight to the app as the host calls it for `user`. */
const onRequestPage =
  (user: DemoUser, request: string) =>
  async (functionKey: string, payload: unknown = {}): Promise<{ ok: boolean; error?: { code: string } }> => {
    const types = JSON.parse((await restAs(session(), user, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype')).text) as { values: { id: string; name: string }[] };
    const typeId = types.values.find((type) => type.name === 'Complaint')?.id ?? '';
    const module = session().sandbox.services.host.uiModule('complaint-portal-detail');
    if (module === undefined) throw new Error('manifest.yml has no complaint-portal-detail');
    return (await session().sandbox.services.host.invokeResolver({
      site: portalRequestSite(module, { key: request, typeId, portalId: '1' }),
      viewer: { accountId: user.accountId, locale: user.locale, timeZone: user.timeZone, colorMode: 'light', accountType: forgeAccountType(user.accountType) },
      functionKey,
      payload,
    })) as { ok: boolean; error?: { code: string } };
  };

/** The dashboard's satisfaction figures for CMP, as the gadget asks for them as Max. */
const satisfactionOnDashboard = async () => {
  const max = person(DEMO_ACCOUNTS.manager);
  const answer = (await session().sandbox.services.host.invokeResolver({
    site: { moduleKey: 'manager-dashboard', localId: 'manager-dashboard/portal-test', extension: {} },
    viewer: { accountId: max.accountId, locale: max.locale, timeZone: max.timeZone, colorMode: 'light', accountType: 'licensed' },
    functionKey: 'gadget/figures',
    payload: { projectKeys: ['CMP'], periodMonths: 6, departmentIds: [] },
  })) as { ok: true; data: { figures: { satisfaction: unknown } } };
  return answer.data.figures.satisfaction;
};

it('shows the customer the progress: work started, with the measures the lead shared', async () => {
  const lead = person(DEMO_ACCOUNTS.billingLead);
  const leadPage = await openIssueAs(session(), lead, key);
  await actInPanel(leadPage, lead, 'start_work', async (form) => {
    await form.getByLabel(say(lead, 'panel.field.measures'), { exact: true }).fill('Refund the second charge to the card.');
    await form.getByLabel(say(lead, 'panel.field.measuresDeadline'), { exact: true }).fill(deadlineIn(2));
    await form.getByLabel(say(lead, 'panel.field.shareMeasures'), { exact: true }).check();
  });
  await leadPage.context().close();
  await settle();

  const page = await portalPageAs(carol(), `/portal/request/${key}`);
  const frame = appFrame(page);
  await frame.getByText(words(carol(), 'portal.next.measures')).waitFor();
  await frame.getByText('Refund the second charge to the card.').waitFor();
  await shot(page, '2-being-handled');
  await page.context().close();
});

it('lets the customer escalate an overdue complaint once in a stage: the outbox and the trail show it', async () => {
  const mailsBefore = session().sandbox.services.emulator.outbox().length;
  // The deadline was two days ahead; four days later it has passed.
  await session().sandbox.services.jumpClock(4 * 24 * 60 * 60_000);
  const page = await portalPageAs(carol(), `/portal/request/${key}`);
  await appFrame(page).getByText(opening(carol(), 'portal.next.overdue')).first().waitFor();
  await actOnPortal(page, carol(), 'escalate', async (frame) => {
    await choose(frame, carol(), 'portal.escalate.ground', 'portal.escalate.ground.overdue');
    await frame.getByLabel(words(carol(), 'portal.escalate.reason')).fill('Nobody has refunded me, and the deadline has passed.');
  });
  await shot(page, '3-escalated');

  const escalations = (await trailOf(issueId)).filter((entry) => entry.kind === 'customer_escalated');
  expect(escalations).toEqual([expect.objectContaining({ note: 'Nobody has refunded me, and the deadline has passed.' })]);
  // The advocate and Billing's escalation manager are told, with the customer's words.
  const told = session()
    .sandbox.services.emulator.outbox()
    .slice(mailsBefore)
    .filter((mail) => mail.issueKey === key && mail.textBody.includes('Nobody has refunded me'))
    .flatMap((mail) => mail.recipients.map((r) => r.accountId));
  expect(told).toEqual(expect.arrayContaining([DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.manager]));

  // Once in a stage: the button is gone, and a call made anyway is refused and changes nothing.
  await page.reload();
  await appFrame(page).getByText(opening(carol(), 'portal.escalated')).first().waitFor();
  expect(await appFrame(page).getByRole('button', { name: words(carol(), 'portal.action.escalate'), exact: true }).count()).toBe(0);
  const before = await trailOf(issueId);
  expect(await onRequestPage(carol(), key)('portal/escalate', { ground: 'overdue', reason: 'Again.' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(await trailOf(issueId)).toEqual(before);
  await page.context().close();
});

it('refuses another customer on the same request, and nothing changes', async () => {
  const page = await portalPageAs(kostya(), `/portal/request/${key}`);
  expect(await page.locator('iframe.forge-frame').count()).toBe(0);
  await shot(page, '4-another-customer');
  await page.context().close();
  const before = await trailOf(issueId);
  for (const [functionKey, payload] of [
    ['portal/view', {}],
    ['portal/escalate', { ground: 'disagree', reason: 'Not mine, but still.' }],
    ['portal/confirm-outcome', { resolved: true, satisfaction: 1 }],
  ] as const) {
    expect(await onRequestPage(kostya(), key)(functionKey, payload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }
  expect(await trailOf(issueId)).toEqual(before);
  expect((await issueAsAdmin(key)).fields.status.name).toBe('In Progress');
});

it('lets the customer confirm 5 after Close, and the dashboard figure changes', async () => {
  const lead = person(DEMO_ACCOUNTS.billingLead);
  const advocate = person(DEMO_ACCOUNTS.advocate);
  const leadPage = await openIssueAs(session(), lead, key);
  await actInPanel(leadPage, lead, 'mark_done', async (form) => {
    await form.getByLabel(say(lead, 'panel.field.actionTaken'), { exact: true }).fill('Refunded the second charge.');
  });
  await leadPage.context().close();
  const advocatePage = await openIssueAs(session(), advocate, key);
  await actInPanel(advocatePage, advocate, 'close', async (form) => {
    await form.getByRole('radiogroup', { name: say(advocate, 'panel.field.satisfaction') }).getByRole('radio', { name: say(advocate, 'panel.satisfaction.2') }).click();
    await form.getByRole('radiogroup', { name: say(advocate, 'panel.field.consideredResolved') }).getByRole('radio', { name: say(advocate, 'panel.yes') }).click();
    await form.getByLabel(say(advocate, 'panel.field.callNotes'), { exact: true }).fill('Called Carol: the refund arrived, she is not happy about the wait.');
  });
  await advocatePage.context().close();
  await settle();
  const before = await satisfactionOnDashboard();

  const page = await portalPageAs(carol(), `/portal/request/${key}`);
  await actOnPortal(page, carol(), 'confirm', async (frame) => {
    await choose(frame, carol(), 'portal.confirm.resolved', 'portal.confirm.yes');
    await choose(frame, carol(), 'portal.confirm.satisfaction', 'panel.satisfaction.5');
  });
  await shot(page, '5-confirmed-5');
  await page.context().close();
  const after = await satisfactionOnDashboard();
  expect(after).not.toEqual(before);
  expect(JSON.stringify(after)).not.toEqual(JSON.stringify(before));
});

/** The advocate panel's resolver on `complaint`, straight to the app as the host calls it for `user`. */
const onPanel = (user: DemoUser, complaint: { id: string; key: string; typeId: string }) => async (functionKey: string, payload: unknown) => {
  const answer = (await session().sandbox.services.host.invokeResolver({
    site: {
      moduleKey: 'advocate-panel',
      localId: `advocate-panel/${complaint.id}`,
      extension: { issue: { id: complaint.id, key: complaint.key, type: 'Complaint', typeId: complaint.typeId }, project: { key: 'CMP', type: 'service_desk' }, isNewToIssue: false },
    },
    viewer: { accountId: user.accountId, locale: user.locale, timeZone: user.timeZone, colorMode: 'light', accountType: forgeAccountType(user.accountType) },
    functionKey,
    payload,
  })) as { ok: boolean };
  if (!answer.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(answer)}`);
  await settle();
};

it('reopens a closed complaint when the customer says it is not resolved, with their words on the trail', async () => {
  // A second complaint of Carol's, raised over JSM's REST API, worked and closed by the lead and the advocate.
  const types = JSON.parse((await restAs(session(), carol(), 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype')).text) as { values: { id: string; name: string }[] };
  const typeId = types.values.find((type) => type.name === 'Complaint')?.id ?? '';
  const form = JSON.parse((await restAs(session(), carol(), 'GET', `/rest/servicedeskapi/servicedesk/1/requesttype/${typeId}/field`)).text) as { requestTypeFields: { fieldId: string; name: string }[] };
  const department = form.requestTypeFields.find((field) => field.name === 'Department')?.fieldId ?? 'no Department field';
  const raised = await restAs(session(), carol(), 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: typeId,
    requestFieldValues: { summary: 'My refund never arrived', [department]: { value: 'Billing' } },
  });
  const second = (JSON.parse(raised.text) as { issueKey: string }).issueKey;
  await settle();
  const issue = JSON.parse((await restAs(session(), person(DEMO_ACCOUNTS.admin), 'GET', `/rest/api/3/issue/${second}`)).text) as { id: string; fields: { issuetype: { id: string } } };
  const complaint = { id: issue.id, key: second, typeId: issue.fields.issuetype.id };
  const lead = onPanel(person(DEMO_ACCOUNTS.billingLead), complaint);
  await lead('complaint/start-work', { measures: 'Send the refund again.', measuresDeadline: deadlineIn(3) });
  await lead('complaint/mark-done', { actionTaken: 'Sent the refund again.' });
  await onPanel(person(DEMO_ACCOUNTS.advocate), complaint)('complaint/close', { satisfaction: 4, consideredResolved: true, callNotes: 'Carol has the refund.' });
  expect((await issueAsAdmin(second)).fields.status.name).toBe('Closed');

  const page = await portalPageAs(carol(), `/portal/request/${second}`);
  await actOnPortal(page, carol(), 'confirm', async (frame) => {
    await choose(frame, carol(), 'portal.confirm.resolved', 'portal.confirm.no');
    await frame.getByLabel(words(carol(), 'portal.confirm.words')).fill('The refund bounced back to the bank.');
  });
  await page.reload();
  await appFrame(page).getByText(opening(carol(), 'portal.stage.being_handled')).first().waitFor();
  await shot(page, '6-not-resolved-reopened');
  await page.context().close();
  expect((await issueAsAdmin(second)).fields.status.name).toBe('In Progress');
  expect(await trailOf(issue.id)).toContainEqual(expect.objectContaining({ kind: 'customer_confirmed', note: 'The refund bounced back to the bank.' }));
});

describe('an anonymous complaint raised from the profile', () => {
  const CONTACT = { name: 'Kostya K.', email: 'kostya.private@example.org' };
  let anonymousKey = '';

  it('is raised by the customer, routed, and listed for him', async () => {
    const user = kostya();
    const page = await portalPageAs(user, '/portal/profile');
    const frame = appFrame(page);
    await frame.getByRole('button', { name: words(user, 'portal.raise.open'), exact: true }).click();
    await frame.getByLabel(words(user, 'portal.raise.summary'), { exact: true }).fill('The courier was rude to me at the door');
    await frame.getByLabel(words(user, 'portal.raise.description'), { exact: true }).fill('He shouted and threw the parcel.');
    await frame.getByLabel(words(user, 'portal.raise.department')).selectOption({ label: 'Billing' });
    await frame.getByLabel(words(user, 'contact.name')).fill(CONTACT.name);
    await frame.getByLabel(words(user, 'contact.email')).fill(CONTACT.email);
    await frame.getByLabel(words(user, 'portal.raise.channel')).selectOption({ label: words(user, 'contact.channel.email') });
    await frame.getByRole('form').getByRole('button', { name: words(user, 'portal.raise.send'), exact: true }).click();
    const done = frame.getByRole('status').filter({ hasText: opening(user, 'portal.raise.done') });
    await done.waitFor();
    anonymousKey = /CMP-\d+/.exec((await done.textContent()) ?? '')?.[0] ?? '';
    await settle();
    expect((await issueAsAdmin(anonymousKey)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    await frame.getByRole('button', { name: new RegExp(`^${anonymousKey}:`) }).waitFor();
    await shot(page, '7-anonymous-raised');
    await page.context().close();
  });

  it('never shows the lead who raised it: not the issue view, not REST, not JQL, not the mails', async () => {
    const lead = person(DEMO_ACCOUNTS.billingLead);
    const him = [kostya().accountId, kostya().displayName, kostya().email, CONTACT.name, CONTACT.email];
    const page = await openIssueAs(session(), lead, anonymousKey);
    await panelOf(page).getByRole('heading').first().waitFor();
    await shot(page, '8-anonymous-lead-view');
    const seen = [
      // The page's own content, without the sandbox's user switcher, which lists every demo user.
      await page.locator('main').innerHTML(),
      ...(await Promise.all(page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.content()))),
      (await restAs(session(), lead, 'GET', `/rest/api/3/issue/${anonymousKey}?fields=*all&expand=changelog`)).text,
      (await restAs(session(), lead, 'POST', '/rest/api/3/search/jql', { jql: `project = CMP AND reporter = ${kostya().accountId}`, fields: ['summary'] })).text,
      (await restAs(session(), lead, 'POST', '/rest/api/3/search/jql', { jql: `project = CMP AND creator = ${kostya().accountId}`, fields: ['summary'] })).text,
      (await restAs(session(), lead, 'POST', '/rest/api/3/search/jql', { jql: `key = ${anonymousKey}`, fields: ['reporter', 'creator', 'description', 'summary'] })).text,
      JSON.stringify(session().sandbox.services.emulator.outbox().filter((mail) => JSON.stringify(mail).includes(anonymousKey))),
    ].join('\n');
    await page.context().close();
    expect(him.filter((detail) => seen.includes(detail))).toEqual([]);
    // The check could pass by looking at nothing: the lead does see the complaint itself.
    expect(seen).toContain('The courier was rude to me at the door');
  });

  it('shows the advocate how to reach the customer', async () => {
    const advocate = person(DEMO_ACCOUNTS.advocate);
    const page = await openIssueAs(session(), advocate, anonymousKey);
    await panelOf(page).getByText(CONTACT.email).first().waitFor();
    await shot(page, '9-anonymous-advocate-view');
    await page.context().close();
  });
});

it('never sent the browser anything internal: no employee, no call notes, no internal reasons', () => {
  const employees = [DEMO_ACCOUNTS.billingLead, DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.registrar, DEMO_ACCOUNTS.deputy, DEMO_ACCOUNTS.manager].flatMap((id) => [id, person(id).displayName, person(id).email]);
  const internal = ['Called Carol', 'Refunded the second charge.', 'routing.', 'responsible', 'subject', 'callNotes', 'actionTaken'];
  expect(portalAnswers.length).toBeGreaterThan(5);
  const all = portalAnswers.join('\n');
  expect([...employees, ...internal].filter((text) => all.includes(text))).toEqual([]);
});

it.each([
  ['ru', 'light'],
  ['uk', 'dark'],
] as const)('passes axe in %s (%s), on the request page and the profile, with screenshots', async (language, colorMode) => {
  for (const [user, route, name] of [
    [carol(), `/portal/request/${key}`, 'request'],
    [kostya(), '/portal/profile', 'profile'],
  ] as const) {
    const page = await portalPageAs(user, route, colorMode);
    const frameLocator = appFrame(page);
    // Whatever language the user last picked: the choice is remembered per user.
    const picker = frameLocator.getByRole('combobox', { name: new RegExp(`^(${(['en', 'ru', 'uk'] as const).map((l) => translate(l, 'language.label')).join('|')})$`) });
    await picker.selectOption(language);
    await frameLocator.getByRole('combobox', { name: translate(language, 'language.label') }).waitFor();
    const frame = page.frames().find((f) => f.url().includes('/__sandbox/resources/portal/'));
    if (frame === undefined) throw new Error('The portal frame is not there');
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await shot(page, `10-${name}-${language}-${colorMode}`);
    await page.context().close();
  }
});
