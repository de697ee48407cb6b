import type { PanelView } from '../../../src/contracts/panel-view';
import { openForSuite } from '../../support/open-for-tests';
import { panelCall } from './panel-call';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The panel's opening call through the sandbox's Forge host: the resolver runs as whoever the
 * Forge context says, Jira (the emulator) answers for them as themselves, and the display names
 * come from Jira's `GET /user/bulk`, asked as the app.
 */
// A complaint or two and a few panel calls: a few seconds on an idle machine.
jest.setTimeout(120_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

const CAROL = { name: 'Carol Q. Public', email: 'carol.q@example.org', phone: '+44 20 7946 0958', preferredChannel: 'phone', note: 'After 6 pm' };

/** The panel's view of this complaint for `accountId`, and how long the call took. */
const viewAs = async (accountId: string, complaint: { id: string; key: string }) => {
  const started = performance.now();
  const answer = await panelCall(env(), accountId, complaint)('panel/view');
  const ms = performance.now() - started;
  if (!answer.ok) throw new Error(`panel/view refused: ${JSON.stringify(answer.error)}`);
  return { view: answer.data as PanelView, ms, json: JSON.stringify(answer) };
};

describe('panel/view', () => {
  it('gives the registrar, the responsible lead and an advocate each their actions, and names the people', async () => {
    const complaint = await env().register({ department: 'Billing' });
    await env().settle();

    const registrar = await viewAs(DEMO_ACCOUNTS.registrar, complaint);
    const lead = await viewAs(DEMO_ACCOUNTS.billingLead, complaint);
    const advocate = await viewAs(DEMO_ACCOUNTS.advocate, complaint);
    // A measure, not a check: the first call's wall time, and the median of ten more.
    const again: number[] = [];
    for (let i = 0; i < 10; i += 1) again.push((await viewAs(DEMO_ACCOUNTS.advocate, complaint)).ms);
    const median = again.sort((a, b) => a - b)[5] ?? Number.NaN;
    console.log(`panel/view wall time in the sandbox: first call ${registrar.ms.toFixed(0)} ms; then lead ${lead.ms.toFixed(0)} ms, advocate ${advocate.ms.toFixed(0)} ms, advocate median of 10 ${median.toFixed(0)} ms`);

    expect(registrar.view).toMatchObject({ complaint: { issueKey: complaint.key, status: 'registered', department: { id: 'billing', name: 'Billing' } }, actions: [] });
    expect(lead.view).toMatchObject({ complaint: { responsibleAccountId: DEMO_ACCOUNTS.billingLead }, roles: ['registrar', 'responsible'], actions: ['start_work'] });
    expect(lead.view.forms.departments).toEqual([]);
    expect(advocate.view.actions).toEqual(['start_work', 'withdraw', 'mark_duplicate', 'reroute', 'nudge']);
    expect(advocate.view.forms.departments.find((d) => d.name === 'Billing')?.people).toContainEqual({ accountId: DEMO_ACCOUNTS.billingLead, role: 'lead' });
    for (const { view } of [registrar, lead, advocate]) expect(view.names[DEMO_ACCOUNTS.billingLead]).toBe('Boris Belov');
    expect(lead.view.trail.map((e) => e.kind)).toContain('routed');
  });

  it('shows an anonymous complaint’s contact data to the advocate only: the lead’s answer has neither the key nor any value', async () => {
    const complaint = await env().register({ department: 'Billing', anonymous: true });
    await env().settle();
    expect(await panelCall(env(), DEMO_ACCOUNTS.advocate, complaint)('contact/save', CAROL)).toMatchObject({ ok: true });

    const advocate = await viewAs(DEMO_ACCOUNTS.advocate, complaint);
    expect(advocate.view.complaint.anonymous).toBe(true);
    expect(advocate.view.contact).toMatchObject({ ...CAROL, recordedBy: DEMO_ACCOUNTS.advocate });
    expect(advocate.view.names[DEMO_ACCOUNTS.advocate]).toBe('Ava Advocate');

    const lead = await viewAs(DEMO_ACCOUNTS.billingLead, complaint);
    expect(lead.view).not.toHaveProperty('contact');
    expect(lead.json).not.toContain('"contact"');
    for (const value of [CAROL.name, CAROL.email, CAROL.phone, CAROL.note]) expect(lead.json).not.toContain(value);
  });

  it('is not found for a portal customer, who may not browse the complaint', async () => {
    const complaint = await env().register({ department: 'Billing' });
    expect(await panelCall(env(), DEMO_ACCOUNTS.customer, complaint)('panel/view')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
