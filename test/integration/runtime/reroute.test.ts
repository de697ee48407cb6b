import { openForSuite } from '../../support/open-for-tests';
import { steps } from './complaint-life';
import { panelCall } from './panel-call';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The advocate's way out of triage, through the sandbox's Forge host: the panel's `complaint/reroute`
 * runs as whoever the Forge context says, and the app writes the Department, the Responsible field
 * and the assignee as itself, which then let the new lead work the complaint over REST.
 */
// A complaint, a re-route and two transitions: a few seconds on an idle machine.
jest.setTimeout(120_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

/** The panel's re-route key on this complaint, as Forge calls it for `accountId`. */
const reroute = (accountId: string, complaint: { id: string; key: string }, payload: unknown) => panelCall(env(), accountId, complaint)('complaint/reroute', payload);

describe('re-routing a complaint out of triage', () => {
  it('lets the advocate send it to Billing, whose lead then starts work and marks it done; the lead and the advocate are told', async () => {
    const complaint = await env().register({});
    await env().settle();
    expect(await env().store.getComplaint(complaint.id)).toMatchObject({ departmentId: null, responsibleAccountId: null });
    const payload = { departmentId: 'billing', reason: 'The charge is a billing matter' };

    expect(await reroute(DEMO_ACCOUNTS.billingLead, complaint, payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const mailBefore = env().outbox().length;
    expect(await reroute(DEMO_ACCOUNTS.advocate, complaint, payload)).toEqual({ ok: true, data: { departmentId: 'billing', responsibleAccountId: DEMO_ACCOUNTS.billingLead } });
    await env().settle();

    const fields = (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${complaint.key}?fields=${env().field('department')},${env().field('responsible')},assignee`)).json as {
      fields: Record<string, { value?: string; accountId?: string } | null>;
    };
    expect(fields.fields[env().field('department')]?.value).toBe('Billing');
    expect(fields.fields[env().field('responsible')]?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect(fields.fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect(env().outbox().slice(mailBefore)).toEqual([
      // In the recipients' languages, so the subject is matched by its department only.
      expect.objectContaining({ issueKey: complaint.key, subject: expect.stringContaining('· Billing:') as unknown, to: [DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.billingLead].sort() }),
    ]);
    const rerouteMessages = () => env().messages().filter((m) => m.issueId === complaint.id && m.key.startsWith('reroute:'));
    expect(rerouteMessages()).toEqual([expect.objectContaining({ state: 'sent' })]);
    const trail = await env().store.trailOf(complaint.id);
    expect(trail.filter((e) => e.kind === 'rerouted')).toEqual([
      expect.objectContaining({ reason: 'rerouted.by_advocate', actorAccountId: DEMO_ACCOUNTS.advocate, note: 'The charge is a billing matter' }),
    ]);
    // The same call again changes nothing and tells nobody.
    expect(await reroute(DEMO_ACCOUNTS.advocate, complaint, payload)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const step = steps(env());
    await step.startWork(complaint.key);
    await env().settle();
    await step.markDone(complaint.key);
    await env().settle();
    expect(await env().store.getComplaint(complaint.id)).toMatchObject({ status: 'measures_done', departmentId: 'billing', responsibleAccountId: DEMO_ACCOUNTS.billingLead });
    expect(rerouteMessages()).toHaveLength(1);
  });
});
