import type { GadgetFigures } from '../../../src/contracts/gadget-figures';
import type { PortalView } from '../../../src/contracts/portal-view';
import { openForSuite } from '../../support/open-for-tests';
import { panelCall } from './panel-call';
import { portalSession, type PortalRequest } from './portal-session';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The portal's two actions through the sandbox's Forge host, as a customer takes them on their
 * request's page: Escalate (once per stage) and Confirm the outcome (a rating the dashboard
 * counts, or "not resolved", which reopens a closed complaint). Nobody else's call changes anything.
 */
jest.setTimeout(180_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);
const { raiseOnPortal, onRequestPage, appState } = portalSession(env);

const CAROL = DEMO_ACCOUNTS.customer;
const KOSTYA = DEMO_ACCOUNTS.secondCustomer;
const HOUR = 60 * 60_000;

const viewOf = (answer: { data?: unknown }): NonNullable<PortalView['complaint']> => {
  const { complaint } = answer.data as PortalView;
  if (complaint === null) throw new Error('The portal shows no complaint');
  return complaint;
};

/** The dashboard's figures of CMP as the manager's gadget asks for them. */
const figures = async (): Promise<GadgetFigures> => {
  const answer = (await env().services.host.invokeResolver({
    site: { moduleKey: 'manager-dashboard', localId: 'manager-dashboard/portal', extension: {} },
    viewer: { accountId: DEMO_ACCOUNTS.manager, locale: 'en-US', timeZone: 'Europe/London', colorMode: 'light', accountType: 'licensed' },
    functionKey: 'gadget/figures',
    payload: { projectKeys: ['CMP'], periodMonths: 1, departmentIds: [] },
  })) as { ok: boolean; data: GadgetFigures };
  if (!answer.ok) throw new Error(`gadget/figures failed: ${JSON.stringify(answer)}`);
  return answer.data;
};

/** Carol's complaint taken to Closed as the panel takes it: re-routed to Billing, started and done by its lead, closed by the advocate with a 3. */
const closedComplaint = async (summary: string): Promise<PortalRequest> => {
  const request = await raiseOnPortal(summary);
  const advocate = panelCall(env(), DEMO_ACCOUNTS.advocate, request);
  const lead = panelCall(env(), DEMO_ACCOUNTS.billingLead, request);
  const steps: [typeof advocate, string, unknown][] = [
    [advocate, 'complaint/reroute', { departmentId: 'billing', reason: 'About a bill' }],
    [lead, 'complaint/start-work', { measures: 'Refund the second charge', measuresDeadline: '2026-12-31' }],
    [lead, 'complaint/mark-done', { actionTaken: 'Refunded' }],
    [advocate, 'complaint/close', { satisfaction: 3, consideredResolved: false, callNotes: 'Not quite happy' }],
  ];
  for (const [as, key, payload] of steps) {
    const answer = await as(key, payload);
    if (!answer.ok) throw new Error(`${key} failed: ${JSON.stringify(answer)}`);
    await env().settle();
  }
  return request;
};

describe('escalating from the request page', () => {
  let request: PortalRequest;
  beforeAll(async () => {
    request = await raiseOnPortal('Nobody has started on my complaint', [KOSTYA]);
    // Registered on a Monday morning: someone should have started within a business day.
    await env().fastForward(26 * HOUR);
  });

  it('offers the overdue ground once the next step is overdue, and escalates: the outbox, the mail and the trail show it', async () => {
    const page = onRequestPage(CAROL, request);
    expect(viewOf(await page('portal/view')).escalation).toEqual({ grounds: ['overdue'], escalatedAt: null });
    const answer = await page('portal/escalate', { ground: 'overdue', reason: '  Nobody has called me in two days.  ' });
    expect(answer).toMatchObject({ ok: true });
    const now = env().services.clock.now();
    expect(viewOf(answer).escalation).toEqual({ grounds: [], escalatedAt: now });
    await env().sendPaced();
    const trail = await env().store.trailOf(request.id);
    expect(trail.at(-1)).toMatchObject({ kind: 'customer_escalated', reason: 'customer.escalated.overdue', note: 'Nobody has called me in two days.', level: 1, actorAccountId: null });
    expect(JSON.stringify(trail)).not.toContain(CAROL);
    expect(env().messages()).toContainEqual(expect.objectContaining({ issueId: request.id, key: `customer-escalated:${String((await env().store.getComplaint(request.id))?.statusChangedAt)}`, state: 'sent' }));
    const mail = env().outbox().filter((m) => m.issueKey === request.key && m.subject.includes('the customer escalated'));
    expect(mail).toHaveLength(1);
    // In triage: the advocates, and the managers for a department without an escalation manager.
    expect(mail[0]?.to).toEqual(expect.arrayContaining([DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.manager]));
    expect(await env().store.getComplaint(request.id)).toMatchObject({ escalationLevel: 1 });
  });

  it('refuses a second escalation in the same stage, by the same customer or a participant, and nothing changes', async () => {
    const before = appState();
    for (const [who, ground] of [[CAROL, 'overdue'], [KOSTYA, 'overdue'], [CAROL, 'disagree']] as const) {
      expect(await onRequestPage(who, request)('portal/escalate', { ground, reason: 'Again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
    expect(appState()).toBe(before);
  });

  it.each([
    ['another customer', DEMO_ACCOUNTS.secondCustomer],
    ['an agent', DEMO_ACCOUNTS.billingLead],
  ])('is NOT_FOUND for %s on a complaint not theirs, and nothing changes', async (_who, accountId) => {
    const own = await raiseOnPortal('The shop was closed at opening time');
    await env().fastForward(26 * HOUR);
    const before = appState();
    expect(await onRequestPage(accountId, own)('portal/escalate', { ground: 'overdue', reason: 'Not mine' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await onRequestPage(accountId, own)('portal/confirm-outcome', { resolved: true, satisfaction: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(appState()).toBe(before);
  });

  it.each([
    ['an empty reason', { ground: 'overdue', reason: '   ' }],
    ['a reason over 1,000 characters', { ground: 'overdue', reason: 'x'.repeat(1001) }],
    ['an unknown ground', { ground: 'angry', reason: 'Why' }],
  ])('refuses %s as INVALID_INPUT, and nothing changes', async (_what, payload) => {
    const before = appState();
    expect(await onRequestPage(CAROL, request)('portal/escalate', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(appState()).toBe(before);
  });
});

describe('the measures on the request page', () => {
  /** Carol's complaint, re-routed to Billing, whose lead starts work with these measures shared; answers the lead's panel. */
  const startedAndShared = async (summary: string, measures: string) => {
    const request = await raiseOnPortal(summary);
    const advocate = panelCall(env(), DEMO_ACCOUNTS.advocate, request);
    const lead = panelCall(env(), DEMO_ACCOUNTS.billingLead, request);
    expect(await advocate('complaint/reroute', { departmentId: 'billing', reason: 'About a bill' })).toMatchObject({ ok: true });
    await env().settle();
    expect(await lead('complaint/start-work', { measures, measuresDeadline: '2026-12-31', shareMeasures: true })).toMatchObject({ ok: true });
    await env().settle();
    return { request, lead };
  };

  it('are shown to the customer only when the lead marked them shareable', async () => {
    const { request, lead } = await startedAndShared('My card was charged twice', 'We refund the second charge');
    expect(viewOf(await onRequestPage(CAROL, request)('portal/view')).sharedMeasures).toBe('We refund the second charge');
    expect(await lead('complaint/revise-measures', { measures: 'We refund it, and check the card terminal', measuresDeadline: '2026-12-31' })).toMatchObject({ ok: true });
    await env().settle();
    expect(viewOf(await onRequestPage(CAROL, request)('portal/view')).sharedMeasures).toBeNull();
  });

  it('are not shown once edited in Jira after the share, until the panel shares them again', async () => {
    const { request, lead } = await startedAndShared('My card was charged three times', 'We refund the extra charges');
    const edited = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Refund, and ask Boris why he overcharged' }] }] };
    const put = await env().rest(DEMO_ACCOUNTS.billingLead, 'PUT', `/rest/api/3/issue/${request.key}`, { fields: { [env().binding.fieldIds.measures]: edited } });
    expect(put.status).toBe(204);
    await env().settle();
    expect((await env().store.getComplaint(request.id))?.measures).toBe('Refund, and ask Boris why he overcharged');
    expect(viewOf(await onRequestPage(CAROL, request)('portal/view')).sharedMeasures).toBeNull();
    expect(await lead('complaint/revise-measures', { measures: 'We refund the extra charges\n\nand check the terminal', measuresDeadline: '2026-12-31', shareMeasures: true })).toMatchObject({ ok: true });
    await env().settle();
    expect(viewOf(await onRequestPage(CAROL, request)('portal/view')).sharedMeasures).toBe('We refund the extra charges\n\nand check the terminal');
  });
});

describe('confirming the outcome from the request page', () => {
  it('takes a 5 after Close as the complaint’s rating: the dashboard’s satisfaction changes, and the advocate is told', async () => {
    const request = await closedComplaint('Charged twice for one order');
    const before = await figures();
    const answer = await onRequestPage(CAROL, request)('portal/confirm-outcome', { resolved: true, satisfaction: 5 });
    expect(answer).toMatchObject({ ok: true });
    expect(viewOf(answer).outcome).toEqual({ canConfirm: false, confirmed: { satisfaction: 5, resolved: true, at: env().services.clock.now() } });
    await env().settle();
    await env().sendPaced();
    const after = await figures();
    expect(after.figures.satisfaction.distribution[5]).toBe(before.figures.satisfaction.distribution[5] + 1);
    expect(after.figures.satisfaction.distribution[3]).toBe(before.figures.satisfaction.distribution[3] - 1);
    expect(await env().store.getComplaint(request.id)).toMatchObject({ satisfaction: 5, consideredResolved: true, status: 'closed' });
    expect(env().outbox().filter((m) => m.issueKey === request.key && m.subject.includes('confirmed the outcome'))).toEqual([
      expect.objectContaining({ to: [DEMO_ACCOUNTS.advocate] }),
    ]);
    // A second answer in the same stage is refused.
    const state = appState();
    expect(await onRequestPage(CAROL, request)('portal/confirm-outcome', { resolved: false, words: 'Actually no' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(appState()).toBe(state);
  });

  it('reopens a closed complaint on "not resolved", for the same lead, with the customer’s words on the trail', async () => {
    const request = await closedComplaint('The refund never arrived');
    const answer = await onRequestPage(CAROL, request)('portal/confirm-outcome', { resolved: false, words: 'The refund never reached my account.' });
    expect(answer).toMatchObject({ ok: true });
    expect(viewOf(answer)).toMatchObject({ stage: 'being_handled' });
    await env().settle();
    await env().sendPaced();
    expect(await env().store.getComplaint(request.id)).toMatchObject({ status: 'in_progress', reopens: 1, responsibleAccountId: DEMO_ACCOUNTS.billingLead, satisfaction: null });
    const trail = await env().store.trailOf(request.id);
    expect(trail).toContainEqual(expect.objectContaining({ kind: 'customer_confirmed', reason: 'customer.not_resolved', note: 'The refund never reached my account.', status: 'closed' }));
    expect(trail).toContainEqual(expect.objectContaining({ kind: 'reopened' }));
    const mail = env().outbox().filter((m) => m.issueKey === request.key);
    expect(mail.filter((m) => m.subject.includes('the customer asks to reopen'))).toEqual([expect.objectContaining({ to: [DEMO_ACCOUNTS.advocate] })]);
    // The lead (who reads Russian) is asked for new measures, as after the advocate's Reopen.
    expect(mail.filter((m) => m.subject.endsWith('жалоба открыта повторно'))).toEqual([expect.objectContaining({ to: [DEMO_ACCOUNTS.billingLead] })]);
  });

  it('is refused before the measures are done, and nothing changes', async () => {
    const request = await raiseOnPortal('Still waiting for anyone');
    const before = appState();
    expect(await onRequestPage(CAROL, request)('portal/confirm-outcome', { resolved: true, satisfaction: 4 })).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(appState()).toBe(before);
  });
});
