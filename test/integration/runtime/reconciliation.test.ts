import { textToAdf } from '../../../sandbox/jira/fields/adf';
import type { WorkJob } from '../../../src/ports/work-queue.port';
import { openForSuite } from '../../support/open-for-tests';
import { steps } from './complaint-life';
import { mailCounts } from './message-kinds';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox, type RuntimeSandbox } from './runtime-sandbox';

// Each test takes a few complaints through the app and the reconciliation: a second or two on an idle machine.
jest.setTimeout(60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);
const RECONCILIATION = 'daily-reconciliation-schedule';

/** Forge loses every product event while `lost` is on (the sandbox's fault). */
const loseEvents = (sandbox: RuntimeSandbox, lost: boolean) => {
  sandbox.services.host.events.setFaults({ lost });
};

/** One daily run and the queued jobs that carry its passes. */
const reconcile = async (sandbox: RuntimeSandbox) => {
  await sandbox.services.host.runScheduled(RECONCILIATION);
  await sandbox.settle();
};

/** The reconciliation jobs the queue consumer ran so far, and what each came to, from its log lines. */
const reconcileJobs = (): { job: WorkJob; outcome: unknown }[] =>
  jest
    .mocked(console.info)
    .mock.calls.filter(([message]) => message === 'Queued job')
    .map(([, job, outcome]) => ({ job: JSON.parse(String(job)) as WorkJob, outcome: JSON.parse(String(outcome)) as unknown }))
    .filter(({ job }) => job.kind === 'reconcile');

const mail = (sandbox: RuntimeSandbox) => mailCounts(sandbox.outbox().map((m) => m.subject));

describe('the daily reconciliation', () => {
  it('indexes, routes and brings up to date the complaints whose events were lost, and sends what the events would have', async () => {
    const step = steps(env());
    const routed = await env().register({ department: 'Billing' });
    await env().settle();
    loseEvents(env(), true);
    const lost = [await env().register({ department: 'Billing' }), await env().register({ department: 'Support' })];
    await step.startWork(routed.key);
    await step.markDone(routed.key);
    loseEvents(env(), false);
    await env().settle();
    for (const c of lost) expect(await env().store.getComplaint(c.id)).toBeNull();
    expect(await env().store.getComplaint(routed.id)).toMatchObject({ status: 'registered' });

    const before = env().calls.length;
    await reconcile(env());

    for (const c of lost) expect(await env().store.getComplaint(c.id)).toMatchObject({ status: 'registered', routedAt: expect.any(Number) as unknown });
    expect((await env().issue(lost[0]?.key ?? '')).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect((await env().issue(lost[1]?.key ?? '')).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.supportLead);
    expect(await env().store.getComplaint(routed.id)).toMatchObject({ status: 'measures_done', actionTaken: 'Refunded' });
    expect(Object.fromEntries(mail(env()))).toEqual({
      [`${routed.key} routed`]: 1,
      [`${routed.key} measures_done`]: 1,
      [`${lost[0]?.key ?? ''} routed`]: 1,
      [`${lost[1]?.key ?? ''} routed`]: 1,
    });
    // One page of the search and one changelog read for the three complaints; then the routings and messages.
    const calls = env().calls.slice(before).filter((c) => c.byApp).map((c) => `${c.method} ${c.path}`);
    expect(calls.filter((c) => c.includes('/search') || c.includes('/changelog'))).toEqual(['POST /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch']);
    expect(await env().storage.reconciliations.load('CMP')).toMatchObject({ pass: null, last: { invocations: 1, checked: 3, healed: 3 } });
  });

  it('sends nothing twice: not for a second pass over the same complaints, the lost events arriving late, or a job delivered again', async () => {
    const step = steps(env());
    const { host } = env().services;
    const { key } = await env().register({ department: 'Support' });
    await env().settle();
    const held: Parameters<typeof host.deliverEvent>[0][] = [];
    const deliver = host.deliverEvent.bind(host);
    // Test-only: the emulator hands every product event to `host.deliverEvent`; holding them makes them late.
    Object.assign(host, { deliverEvent: (event: (typeof held)[number]) => (held.push(event), []) });
    await step.startWork(key, DEMO_ACCOUNTS.supportLead);
    await step.markDone(key, DEMO_ACCOUNTS.supportLead);
    await step.returnForRework(key);
    await env().transition(DEMO_ACCOUNTS.supportLead, key, 'Mark done', { [env().field('actionTaken')]: textToAdf('Refunded twice') });
    Object.assign(host, { deliverEvent: deliver });
    await reconcile(env());
    const once = mail(env());
    expect(Object.fromEntries(once)).toMatchObject({ [`${key} routed`]: 1, [`${key} measures_done`]: 2, [`${key} returned`]: 1 });
    const [job] = reconcileJobs()
      .slice(-1)
      .map((run) => run.job);

    env().services.clock.advance(60 * 60_000);
    const beforeSecond = env().calls.length;
    await reconcile(env());
    for (const event of held) deliver(event);
    await env().settle();
    if (job === undefined) throw new Error('No reconciliation job ran');
    host.restoreQueueEvents([{ dueAt: env().services.clock.now(), queueName: 'complaint-queue', jobId: 'again', event: { body: job, queueName: 'complaint-queue', jobId: 'again', eventId: 'again' } }]);
    await env().settle();

    expect(reconcileJobs().at(-1)).toEqual({ job, outcome: { kind: 'skipped', projectKey: 'CMP', because: 'not_current' } });
    expect(mail(env())).toEqual(once);
    // The second pass read its page and found nothing to heal: no changelog, no write.
    expect(env().calls.slice(beforeSecond).filter((c) => c.byApp && c.path.includes('changelog'))).toEqual([]);
    expect(await env().store.getComplaint((await env().issue(key)).id)).toMatchObject({ status: 'measures_done', returns: 1 });
  });
});
