import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

const LEADS: Readonly<Record<string, string>> = { Billing: DEMO_ACCOUNTS.billingLead, Delivery: DEMO_ACCOUNTS.deputy, Support: DEMO_ACCOUNTS.supportLead };
const DEPARTMENTS = Object.keys(LEADS);

const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);
beforeAll(() => {
  // Jira's refusals are logged as errors, as they should be in production; here they are the point.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('Jira failing one call in five', () => {
  it('routes every complaint or hands it to triage; none is left unrouted', async () => {
    // One call in ten answers 429 (Retry-After 1 s) and one in ten answers 500, the test's own calls included.
    env().services.emulator.faults.set({ rate429: 0.1, rate500: 0.1, retryAfterSeconds: 1, seed: 20 });
    const registered = [];
    for (let n = 0; n < 20; n += 1) {
      const department = DEPARTMENTS[n % DEPARTMENTS.length] ?? 'Billing';
      registered.push({ department, ...(await env().register({ department })) });
    }
    await env().settle();
    // Retries wait in the queue (a minute, then five) and the sweep runs every five minutes: let an hour pass.
    await env().fastForward(60 * 60_000, 60_000);
    env().services.emulator.faults.clear();

    const outcomes = [];
    for (const c of registered) {
      const row = await env().store.getComplaint(c.id);
      const routed = (await env().store.trailOf(c.id)).find((e) => e.kind === 'routed' || e.kind === 'rerouted');
      const assignee = (await env().issue(c.key)).fields.assignee?.accountId ?? null;
      outcomes.push({ key: c.key, routedAt: row?.routedAt ?? null, reason: routed?.reason ?? null, assignee, lead: LEADS[c.department] ?? null, attempts: row?.routeAttempts ?? 0 });
    }
    for (const o of outcomes) {
      expect(o.routedAt).not.toBeNull();
      if (o.reason === 'triage.routing_failed') expect(o.assignee).toBeNull();
      else expect(o).toMatchObject({ assignee: o.lead, reason: expect.stringMatching(/^(lead|away\.deputy)$/) as unknown });
    }
  }, 120_000);
});

describe('Jira refusing every assignment', () => {
  // Each attempt is Jira's own retries deep (about three seconds of backoff), so this takes a while.
  it('retries through the queue, then hands the complaint to the advocates in triage with a trail entry', async () => {
    env().setFault({ method: 'PUT', path: /\/assignee$/ });
    try {
      const mailBefore = env().outbox().length;
      const { id, key } = await env().register({ department: 'Billing' });
      await env().settle();
      expect(await env().store.getComplaint(id)).toMatchObject({ routedAt: null, routeAttempts: 1 });
      // The retries are queued a minute and five minutes later.
      await env().fastForward(10 * 60_000, 60_000);
      const row = await env().store.getComplaint(id);
      expect(row).toMatchObject({ routeAttempts: 3, assigneeAccountId: null });
      expect(row?.routedAt).not.toBeNull();
      expect((await env().store.trailOf(id)).map((e) => [e.kind, e.reason, e.recipients])).toEqual([['routed', 'triage.routing_failed', ['group:complaint-advocates']]]);
      expect(env().outbox().slice(mailBefore)).toEqual([expect.objectContaining({ issueKey: key, to: [DEMO_ACCOUNTS.advocate] })]);
    } finally {
      env().setFault(null);
    }
  }, 120_000);
});
