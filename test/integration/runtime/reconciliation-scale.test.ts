import type { WorkJob } from '../../../src/ports/work-queue.port';
import { openForSuite } from '../../support/open-for-tests';
import { steps } from './complaint-life';
import { mailCounts } from './message-kinds';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The "done when": 3,000 complaints whose events were all lost, found and routed by one
 * daily reconciliation across several invocations, each missed message sent once. 150 of them
 * were routed as usual and then moved on (to Measures done, back for rework, withdrawn and
 * reopened) while their events were lost; the other 2,850 were created while every event was.
 */
const TOTAL = 3000;
const MOVED_ON = 150;
// Creating 3,000 issues over REST and healing them takes a few minutes on two busy cores.
jest.setTimeout(20 * 60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

const DEPARTMENTS = ['Billing', 'Support', 'Delivery', 'Legal', undefined] as const;
/** Complaints created at once over REST: the emulator serves them one after another anyway. */
const AT_ONCE = 8;

const inBatches = async <T>(count: number, make: (n: number) => Promise<T>): Promise<T[]> => {
  const made: T[] = [];
  for (let n = 0; n < count; n += AT_ONCE) made.push(...(await Promise.all(Array.from({ length: Math.min(AT_ONCE, count - n) }, (_, i) => make(n + i)))));
  return made;
};

it('finds, routes and tells everyone of 3,000 complaints whose events were lost, across several invocations', async () => {
  const began = performance.now();
  const { services } = env();
  const step = steps(env());
  // A large tenant registers 8,000 complaints in two days: one every 20 seconds or so.
  const register = (n: number) => {
    services.clock.advance(20_000);
    return env().register({ department: DEPARTMENTS[n % DEPARTMENTS.length], summary: `Complaint ${String(n)}` });
  };

  const moved = await inBatches(MOVED_ON, (n) => env().register({ department: n % 2 === 0 ? 'Billing' : 'Support' }));
  await env().settle();
  services.host.events.setFaults({ lost: true });
  const created = await inBatches(TOTAL - MOVED_ON, register);
  const leadOf = (n: number) => (n % 2 === 0 ? DEMO_ACCOUNTS.billingLead : DEMO_ACCOUNTS.supportLead);
  const expected = new Map<string, number>();
  for (const [n, { key }] of moved.entries()) {
    const lead = leadOf(n);
    if (n % 3 === 2) {
      await step.withdraw(key);
      await step.reopen(key);
      expected.set(`${key} reopened`, 1);
      continue;
    }
    await step.startWork(key, lead);
    await step.markDone(key, lead);
    expected.set(`${key} measures_done`, 1);
    if (n % 3 === 1) {
      await step.returnForRework(key);
      expected.set(`${key} returned`, 1);
    }
  }
  services.host.events.setFaults({ lost: false });
  const createdSeconds = (performance.now() - began) / 1000;
  for (const { id } of created) expect(await env().store.getComplaint(id)).toBeNull();
  const mailBefore = env().outbox().length;

  const callsBefore = env().calls.length;
  const healing = performance.now();
  await services.host.runScheduled('daily-reconciliation-schedule');
  await env().settle();
  const healSeconds = (performance.now() - healing) / 1000;

  const all = [...moved, ...created];
  const rows = await Promise.all(all.map(({ id }) => env().store.getComplaint(id)));
  expect(rows.filter((row) => row?.routedAt == null)).toEqual([]);
  // Triage (no department, or Legal with no lead) goes to the advocates; every other complaint has its assignee in Jira.
  const unassigned = (await env().rest(DEMO_ACCOUNTS.admin, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = CMP AND assignee is EMPTY' })).json as { count: number };
  expect(unassigned.count).toBe(created.filter((_, n) => n % DEPARTMENTS.length >= 3).length);

  const mail = mailCounts(env().outbox().slice(mailBefore).map((m) => m.subject));
  for (const { key } of created) {
    const routing = (mail.get(`${key} routed`) ?? 0) + (mail.get(`${key} triage`) ?? 0);
    expect([key, routing]).toEqual([key, 1]);
  }
  for (const [message, count] of expected) expect([message, mail.get(message)]).toEqual([message, count]);
  const sent = [...mail.values()].reduce((sum, n) => sum + n, 0);
  expect(sent).toBe(created.length + expected.size);

  const jobs = jest
    .mocked(console.info)
    .mock.calls.filter(([message, job]) => message === 'Queued job' && (JSON.parse(String(job)) as WorkJob).kind === 'reconcile');
  expect(jobs.length).toBeGreaterThan(1);
  const state = await env().storage.reconciliations.load('CMP');
  expect(state).toMatchObject({ pass: null, last: { checked: TOTAL, healed: TOTAL } });
  const byApp = env().calls.slice(callsBefore).filter((c) => c.byApp);
  const count = (part: string) => byApp.filter((c) => c.path.includes(part)).length;
  console.log(
    JSON.stringify({
      complaints: TOTAL,
      movedOnWhileLost: MOVED_ON,
      invocations: (state.last?.invocations ?? 0) + 1,
      queuedJobs: jobs.length,
      jiraCalls: byApp.length,
      searches: count('/search/jql'),
      changelogReads: count('/changelog/bulkfetch'),
      assignments: count('/assignee'),
      notifications: count('/notify'),
      messagesSent: sent,
      secondsToCreate: Math.round(createdSeconds),
      secondsToReconcile: Math.round(healSeconds),
    }),
  );
});
