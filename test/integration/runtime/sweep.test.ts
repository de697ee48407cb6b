import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

const HOUR = 60 * 60_000;

// Each test takes tens of complaints through the app over HTTP: about a second on an idle machine.
jest.setTimeout(60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

/** Runs the sweep once and returns the Jira calls it made as the app. */
const sweep = async () => {
  const before = env().calls.length;
  await env().services.host.runScheduled('reminder-sweep-schedule');
  // Only what the sweep set off (its queue jobs, and the sends they paced); the other schedules stay put.
  await env().services.host.idle();
  await env().sendPaced();
  return env().calls.slice(before).filter((c) => c.byApp);
};

describe('the sweep', () => {
  it('reads the index, not Jira: nothing due and the day’s digests sent, no Jira call; ten due, one notification each', async () => {
    // Ten complaints registered on Monday at 09:00 London time are due on Tuesday at 09:00.
    const ids = [];
    for (let n = 0; n < 10; n += 1) ids.push((await env().register({ department: n % 2 === 0 ? 'Billing' : 'Support' })).id);
    await env().settle();

    // The day's first sweep in working hours sends the advocates' digests, one a target, each riding on its
    // most urgent complaint: Billing's own advocate (CMP-1) and the advocate group, for Support (CMP-2).
    env().services.clock.advance(HOUR);
    expect((await sweep()).map((c) => `${c.method} ${c.path}`)).toEqual(['POST /rest/api/3/issue/CMP-1/notify', 'POST /rest/api/3/issue/CMP-2/notify']);
    env().services.clock.advance(HOUR);
    expect(await sweep()).toEqual([]);

    // Tuesday 09:00: the ten reminders, and Tuesday's two digests.
    env().services.clock.advance(22 * HOUR);
    const calls = await sweep();
    expect(calls.map((c) => `${c.method} ${c.path.replace(/CMP-\d+/, 'CMP-n')}`)).toEqual(Array.from({ length: 12 }, () => 'POST /rest/api/3/issue/CMP-n/notify'));
    for (const id of ids) expect((await env().store.trailOf(id)).filter((e) => e.kind === 'reminded')).toHaveLength(1);

    // Run again at once: everything due was handled, so nothing is sent twice.
    expect(await sweep()).toEqual([]);
    expect(env().outbox().filter((m) => m.to.includes(DEMO_ACCOUNTS.supportLead))).toHaveLength(10);
  });
});

describe('a sweep with more due than one invocation handles', () => {
  it('handles 25 itself, queues the rest, and every due complaint is reminded once', async () => {
    const ids = [];
    for (let n = 0; n < 30; n += 1) ids.push((await env().register({ department: 'Billing' })).id);
    await env().settle();
    // Registered on Tuesday at 09:00: due on Wednesday at 09:00, with the ten from Monday.
    env().services.clock.advance(24 * HOUR);
    const calls = await sweep();
    expect(await env().storage.sweeps.load()).toMatchObject({ due: 40, handled: 25, queued: 15, reminders: 25 });
    // A reminder each, and Wednesday's two digests.
    expect(calls.filter((c) => c.path.endsWith('/notify'))).toHaveLength(42);
    for (const id of ids) expect((await env().store.trailOf(id)).filter((e) => e.kind === 'reminded')).toHaveLength(1);
  });
});
