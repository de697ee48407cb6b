import { PORTAL_STAGES } from '../../../src/contracts/portal-view';
import { portalProfileSite, portalRequestSite } from '../../../sandbox/pages/frame-sites';
import type { FrameSite } from '../../../sandbox/host/ui-context';
import { openForSuite } from '../../support/open-for-tests';
import { panelCall, type PanelAnswer } from './panel-call';
import { accountTypeOf, DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The customer portal's resolver through the sandbox's Forge host, as JSM frames its two modules:
 * who may see a complaint on its request page (its reporter and participants, as JSM answers
 * them), and complaints raised anonymously through the app's profile panel, which nothing in
 * Jira ties to the customer.
 */
jest.setTimeout(180_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

const CAROL = DEMO_ACCOUNTS.customer;
const KOSTYA = DEMO_ACCOUNTS.secondCustomer;
/** What Jira and the sandbox know of Carol: none of it may reach Jira through an anonymous complaint. */
const CAROL_IS = [CAROL, 'Carol Customer', 'carol.customer@example.com'];
const CONTACT = { name: 'Carol Q. Public', email: 'carol.q@example.org', phone: '+44 20 7946 0958', preferredChannel: 'phone', note: 'After 6 pm' };

const moduleOf = (key: string) => {
  const module = env().services.host.uiModule(key);
  if (module === undefined) throw new Error(`manifest.yml has no module ${key}`);
  return module;
};

const call =
  (site: FrameSite, accountId: string) =>
  (functionKey: string, payload: unknown = {}): PanelAnswer =>
    env().services.host.invokeResolver({
      site,
      viewer: { accountId, locale: 'en-US', timeZone: 'Europe/London', colorMode: 'light', accountType: accountTypeOf(accountId) },
      functionKey,
      payload,
    }) as PanelAnswer;

/** The request page's module of this request, as `accountId` opens it. */
const onRequestPage = (accountId: string, request: { key: string; typeId: string }) =>
  call(portalRequestSite(moduleOf('complaint-portal-detail'), { ...request, portalId: '1' }), accountId);
/** The profile page's panel, as `accountId` opens it. */
const onProfile = (accountId: string) => call(portalProfileSite(moduleOf('complaint-portal-profile')), accountId);

const complaintType = async (): Promise<string> => {
  const types = await env().rest(CAROL, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype');
  const type = (types.json as { values: { id: string; name: string }[] }).values.find((t) => t.name === 'Complaint');
  if (type === undefined) throw new Error('The portal offers no Complaint request type');
  return type.id;
};

/** A complaint Carol raises on the portal with JSM's own form, Kostya a participant when `shared`. */
const raiseOnPortal = async (summary: string, shared: boolean): Promise<{ id: string; key: string; typeId: string }> => {
  const typeId = await complaintType();
  const answer = await env().rest(CAROL, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: typeId,
    requestFieldValues: { summary },
    ...(shared ? { requestParticipants: [KOSTYA] } : {}),
  });
  if (answer.status !== 201) throw new Error(`Raising failed: ${String(answer.status)} ${JSON.stringify(answer.json)}`);
  await env().settle();
  const { issueId, issueKey } = answer.json as { issueId: string; issueKey: string };
  return { id: issueId, key: issueKey, typeId };
};

/** Every row of every table of the app's SQL database, and every KVS value, as text: what a refusal must leave as it was. */
const appState = (): string => {
  const db = env().services.appSql;
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
  const kvs = (['value', 'secret'] as const).map((namespace) => env().services.kvs.list(namespace, '', null, 10_000));
  return JSON.stringify([tables.map(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all()), kvs]);
};

/** The fields of the contract's `PortalComplaint`, and no other. */
const PORTAL_FIELDS = ['issueKey', 'summary', 'stage', 'stageSince', 'raisedAt', 'nextStep', 'regulatoryDeadline', 'sharedMeasures', 'anonymous', 'escalation', 'outcome'].sort();

/** The employees a portal answer must never name, by account id or display name. */
const EMPLOYEES = [
  DEMO_ACCOUNTS.billingLead,
  DEMO_ACCOUNTS.deputy,
  DEMO_ACCOUNTS.advocate,
  DEMO_ACCOUNTS.manager,
  DEMO_ACCOUNTS.registrar,
  'Boris Belov',
  'Ava Advocate',
  'Daria Deputy',
];

const expectNothingInternal = (answer: unknown, secrets: readonly string[]) => {
  const text = JSON.stringify(answer);
  expect([...EMPLOYEES, ...secrets].filter((value) => text.includes(value))).toEqual([]);
};

describe('a named complaint on its request page', () => {
  let complaint: { id: string; key: string; typeId: string };
  beforeAll(async () => {
    complaint = await raiseOnPortal('The courier left my parcel in the rain', true);
  });

  it.each([
    ['its reporter', CAROL],
    ['a participant', KOSTYA],
  ])('is shown to %s as the portal sees it, and to nobody as more', async (_who, accountId) => {
    const answer = await onRequestPage(accountId, complaint)('portal/view');
    expect(answer).toMatchObject({
      ok: true,
      data: {
        now: env().services.clock.now(),
        complaint: { issueKey: complaint.key, summary: 'The courier left my parcel in the rain', stage: 'received', anonymous: false, sharedMeasures: null },
      },
    });
    const shown = (answer.data as { complaint: Record<string, unknown> }).complaint;
    expect(Object.keys(shown).sort()).toEqual(PORTAL_FIELDS);
    expect(PORTAL_STAGES).toContain(shown.stage);
  });

  it('shows the measures to nobody, nor who set them, once work has started', async () => {
    // Without a department it goes to triage, where the advocates hold it and may start work.
    const routed = await raiseOnPortal('Billed twice for one order', false);
    const advocate = panelCall(env(), DEMO_ACCOUNTS.advocate, routed);
    const started = await advocate('complaint/start-work', { measures: 'Refund the second charge quietly', measuresDeadline: '2026-12-31' });
    expect(started).toMatchObject({ ok: true });
    await env().settle();
    const answer = await onRequestPage(CAROL, routed)('portal/view');
    expect(answer).toMatchObject({ ok: true, data: { complaint: { stage: 'being_handled', sharedMeasures: null, nextStep: { step: 'measures' } } } });
    expectNothingInternal(answer, ['Refund the second charge quietly']);
  });

  it.each([
    ['another customer', KOSTYA],
    ['an agent who may browse every request', DEMO_ACCOUNTS.billingLead],
    ['the Jira admin', DEMO_ACCOUNTS.admin],
  ])('is NOT_FOUND for %s, and nothing changes', async (_who, accountId) => {
    const own = await raiseOnPortal('Nobody answered the phone', false);
    const before = appState();
    const answer = await onRequestPage(accountId, own)('portal/view');
    expect(answer).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'This complaint does not exist, or you may not see it.', fields: [] } });
    // The same words for a request that does not exist at all.
    expect(await onRequestPage(accountId, { key: 'CMP-9999', typeId: own.typeId })('portal/view')).toEqual(answer);
    expect(appState()).toBe(before);
  });

  it('is NOT_FOUND for an employee who made themselves a participant, and nothing changes', async () => {
    const typeId = await complaintType();
    const raised = await env().rest(CAROL, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: typeId,
      requestFieldValues: { summary: 'The advocate joined my request' },
      requestParticipants: [DEMO_ACCOUNTS.advocate],
    });
    expect(raised.status).toBe(201);
    await env().settle();
    const own = { key: (raised.json as { issueKey: string }).issueKey, typeId };
    // JSM itself counts the advocate a participant: only the account type keeps them out.
    const participants = await env().rest(DEMO_ACCOUNTS.advocate, 'GET', `/rest/servicedeskapi/request/${own.key}/participant`);
    expect(JSON.stringify(participants.json)).toContain(DEMO_ACCOUNTS.advocate);
    const before = appState();
    expect(await onRequestPage(DEMO_ACCOUNTS.advocate, own)('portal/view')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await onRequestPage(DEMO_ACCOUNTS.advocate, own)('portal/confirm-outcome', { resolved: true, satisfaction: 5 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(appState()).toBe(before);
  });

  it('takes no key from the payload: the page’s request is the one', async () => {
    const before = appState();
    expect(await onRequestPage(CAROL, complaint)('portal/view', { issueKey: 'CMP-1' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(appState()).toBe(before);
  });

  it('does not list or raise anonymous complaints on a request page', async () => {
    const page = onRequestPage(CAROL, complaint);
    const before = appState();
    expect(await page('portal/anonymous')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await page('portal/raise-anonymous', { summary: 'x', description: 'y', contact: CONTACT })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(appState()).toBe(before);
  });
});

describe('an anonymous complaint raised through the profile panel', () => {
  const SUMMARY = 'The manager shouted at me in the shop';
  let issueKey: string;
  let issueId: string;
  beforeAll(async () => {
    const raised = await onProfile(CAROL)('portal/raise-anonymous', { summary: SUMMARY, description: 'On Monday, at the till.', departmentId: 'billing', contact: CONTACT });
    if (!raised.ok) throw new Error(`Raising failed: ${JSON.stringify(raised)}`);
    issueKey = (raised.data as { issueKey: string }).issueKey;
    await env().settle();
    await env().sendPaced();
    issueId = (await env().issue(issueKey)).id;
  });

  it('is an anonymous portal complaint, routed to Billing’s lead as any complaint is', async () => {
    expect((await env().issue(issueKey)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect(await env().store.getComplaint(issueId)).toMatchObject({ issueKey, anonymous: true, channel: 'portal', departmentId: 'billing' });
  });

  it('names nothing of the customer in Jira: the issue, its search by reporter and creator, or the mails', async () => {
    const lead = DEMO_ACCOUNTS.billingLead;
    const issue = await env().rest(lead, 'GET', `/rest/api/3/issue/${issueKey}?fields=*all&expand=changelog`);
    expect(issue.status).toBe(200);
    const search = await env().rest(lead, 'POST', '/rest/api/3/search/jql', { jql: `key = ${issueKey}`, fields: ['reporter', 'creator', 'summary'] });
    const byCarol = await env().rest(lead, 'POST', '/rest/api/3/search/jql', { jql: `reporter = ${CAROL} OR creator = ${CAROL}`, fields: ['summary'] });
    const seen = [JSON.stringify(issue.json), JSON.stringify(search.json), JSON.stringify(env().services.emulator.outbox())];
    expect(CAROL_IS.filter((value) => seen.some((text) => text.includes(value)))).toEqual([]);
    expect(JSON.stringify(byCarol.json)).not.toContain(issueKey);
    // The check above looked where the complaint is: the search found it, and mails went out about it.
    expect(JSON.stringify(search.json)).toContain(SUMMARY);
    expect(env().outbox().some((mail) => mail.issueKey === issueKey)).toBe(true);
  });

  it('is listed to the customer who raised it, with the departments for the form, and to nobody else', async () => {
    const listed = await onProfile(CAROL)('portal/anonymous');
    expect(listed).toMatchObject({ ok: true, data: { now: env().services.clock.now(), complaints: [{ issueKey, summary: SUMMARY, stage: 'received', anonymous: true }] } });
    const data = listed.data as { complaints: Record<string, unknown>[]; departments: { id: string; name: string }[] };
    expect(data.departments).toContainEqual({ id: 'billing', name: 'Billing' });
    expect(Object.keys(data.complaints[0] ?? {}).sort()).toEqual(PORTAL_FIELDS);
    expectNothingInternal(listed, []);
    expect(await onProfile(KOSTYA)('portal/anonymous')).toMatchObject({ ok: true, data: { complaints: [] } });
  });

  it('lets the advocate read the contact data with the customer’s account, and says on the trail only that the app recorded it', async () => {
    const contact = await panelCall(env(), DEMO_ACCOUNTS.advocate, { id: issueId, key: issueKey })('contact/get');
    expect(contact).toMatchObject({ ok: true, data: { contact: { ...CONTACT, customerAccountId: CAROL } } });
    const trail = await env().store.trailOf(issueId);
    expect(trail).toContainEqual(expect.objectContaining({ kind: 'contact_changed', reason: 'recorded', actorAccountId: null }));
    expect(JSON.stringify(trail)).not.toContain(CAROL);
    expect(await panelCall(env(), DEMO_ACCOUNTS.billingLead, { id: issueId, key: issueKey })('contact/get')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it.each([
    ['an unknown department', { departmentId: 'nowhere' }, 'departmentId'],
    ['no way to reach the customer', { contact: { preferredChannel: 'email' } }, 'contact.email'],
    ['an empty summary', { summary: '   ' }, 'summary'],
    ['a key of its own', { issueKey: 'CMP-1' }, '(root)'],
  ])('refuses %s as INVALID_INPUT, and nothing changes', async (_what, change, path) => {
    const before = appState();
    const answer = await onProfile(CAROL)('portal/raise-anonymous', { summary: SUMMARY, description: 'Again', contact: CONTACT, ...change });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [expect.objectContaining({ path })] } });
    expect(appState()).toBe(before);
  });
});
