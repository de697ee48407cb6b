import { createCloudClient, RateLimitError } from 'jira.js';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, APP, callJira, createTask } from './jira-http';
import { startEmulator, START_MS, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;

beforeEach(async () => {
  running = await startEmulator();
});

afterEach(async () => {
  await running.close();
});

const statusesOf = async (calls: number): Promise<number[]> => {
  const statuses: number[] = [];
  for (let n = 0; n < calls; n += 1) statuses.push((await callJira(running, AGENT, 'GET', '/rest/api/3/myself')).status);
  return statuses;
};

describe('fault injection', () => {
  it('answers 429 with Retry-After and the reason header', async () => {
    running.emulator.faults.set({ rate429: 1, retryAfterSeconds: 7 });
    const answer = await callJira(running, AGENT, 'GET', '/rest/api/3/myself');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
    expect(answer.headers.get('ratelimit-reason')).toBe('jira-burst-based');
    expect(answer.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
  });

  it('is seen by jira.js as a rate limit with Atlassian advice', async () => {
    running.emulator.faults.set({ rate429: 1, retryAfterSeconds: 3 });
    const client = createCloudClient({ host: running.baseUrl, auth: { type: 'basic', email: 'rita.registrar@example.com', apiToken: 't' } });
    const error: unknown = await client.myself.getCurrentUser().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    // 3 s of Retry-After = 3 000 ms.
    expect((error as RateLimitError).retryAfterMs).toBe(3000);
  });

  it('answers 500 with a Jira body', async () => {
    running.emulator.faults.set({ rate500: 1 });
    const answer = await callJira(running, AGENT, 'GET', '/rest/api/3/myself');
    expect(answer).toMatchObject({ status: 500, body: { errorMessages: ['Internal server error.'], errors: {} } });
  });

  it('picks the same calls again for the same seed', async () => {
    running.emulator.faults.set({ rate429: 0.3, rate500: 0.3, seed: 42 });
    const first = await statusesOf(12);
    running.emulator.faults.set({ seed: 42 });
    const second = await statusesOf(12);
    expect(second).toEqual(first);
    // Both kinds of fault and some successes show up at 30 % + 30 % over 12 calls with this seed.
    expect(new Set(first)).toEqual(new Set([200, 429, 500]));
  });

  it('stops after clear', async () => {
    running.emulator.faults.set({ rate500: 1, delayMs: 5 });
    running.emulator.faults.clear();
    expect(running.emulator.faults.get()).toMatchObject({ rate429: 0, rate500: 0, delayMs: 0 });
    expect(await statusesOf(3)).toEqual([200, 200, 200]);
  });

  it('clamps rates to [0, 1]', () => {
    running.emulator.faults.set({ rate429: 4, rate500: -1, afterWorkShare: 2 });
    expect(running.emulator.faults.get()).toMatchObject({ rate429: 1, rate500: 0, afterWorkShare: 1 });
  });
});

describe('a 500 after the work', () => {
  const notify = (key: string) => callJira(running, APP, 'POST', `/rest/api/3/issue/${key}/notify`, { subject: 'Call back', to: { users: [{ accountId: DEMO_ACCOUNTS.advocate }] } });

  it('queues the mail, answers 500 as any 500, and logs the call', async () => {
    const key = await createTask(running, AGENT, 'Overcharged');
    running.emulator.faults.set({ rate500: 1, afterWorkShare: 1 });
    const answer = await notify(key);
    expect(answer).toMatchObject({ status: 500, body: { errorMessages: ['Internal server error.'], errors: {} } });
    expect(running.emulator.outbox().map((m) => [m.issueKey, m.subject])).toEqual([[key, 'Call back']]);
    expect(running.emulator.faults.answeredAfterWork()).toEqual([{ method: 'POST', path: `/rest/api/3/issue/${key}/notify`, at: START_MS }]);
    // The log outlives clearing the faults, for a test to count what they caused.
    running.emulator.faults.clear();
    expect(running.emulator.faults.answeredAfterWork()).toHaveLength(1);
    running.emulator.reset();
    expect(running.emulator.faults.answeredAfterWork()).toEqual([]);
  });

  it('changes nothing when the call itself is refused', async () => {
    running.emulator.faults.set({ rate500: 1, afterWorkShare: 1 });
    const answer = await callJira(running, APP, 'POST', '/rest/api/3/issue/CMP-999/notify', { to: { users: [{ accountId: DEMO_ACCOUNTS.advocate }] } });
    expect(answer.status).toBe(404);
    expect(running.emulator.faults.answeredAfterWork()).toEqual([]);
  });

  it('is picked for a share of the 500s by the seed, the same calls each time', async () => {
    const key = await createTask(running, AGENT, 'Overcharged');
    const run = async () => {
      running.emulator.faults.set({ rate500: 0.5, afterWorkShare: 0.5, seed: 7 });
      const logged = running.emulator.faults.answeredAfterWork().length;
      const mailed = running.emulator.outbox().length;
      const statuses: number[] = [];
      for (let n = 0; n < 20; n += 1) statuses.push((await notify(key)).status);
      const late = running.emulator.faults.answeredAfterWork().length - logged;
      return { statuses, late, mailed: running.emulator.outbox().length - mailed };
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const failed = first.statuses.filter((s) => s === 500).length;
    expect(first.late).toBeGreaterThan(0);
    expect(first.late).toBeLessThan(failed);
    // Every call that did its work left a mail: the 204s and the 500s after the work.
    expect(first.mailed).toBe(first.statuses.filter((s) => s === 204).length + first.late);
  });
});

describe('faults for the app only', () => {
  it('spare people’s calls and hit the app’s', async () => {
    running.emulator.faults.set({ rate500: 1, appCallsOnly: true });
    expect((await callJira(running, AGENT, 'GET', '/rest/api/3/myself')).status).toBe(200);
    expect((await callJira(running, APP, 'GET', '/rest/api/3/myself')).status).toBe(500);
  });
});

describe('the emulated quota', () => {
  it("lets the app's burst through, then answers 429 before any work with Jira's headers, until the bucket refills on the clock", async () => {
    // Six calls a minute, three at once: a token every ten seconds.
    running.emulator.faults.set({ quotaPerMinute: 6, quotaBurst: 3 });
    const myself = () => callJira(running, APP, 'GET', '/rest/api/3/myself');
    expect([(await myself()).status, (await myself()).status, (await myself()).status]).toEqual([200, 200, 200]);
    const limited = await myself();
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(limited.headers.get('x-ratelimit-reset')).toBe('2026-03-02T09:00Z');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('ratelimit-reason')).toBe('jira-quota-tenant-based');
    // People's calls are not the app's quota.
    expect((await callJira(running, AGENT, 'GET', '/rest/api/3/myself')).status).toBe(200);
    // Coming back early is refused again; after Retry-After one call fits, and only one.
    running.advance(9_999);
    expect((await myself()).status).toBe(429);
    running.advance(1);
    expect([(await myself()).status, (await myself()).status]).toEqual([200, 429]);
  });

  it('is off by default and after clear', async () => {
    expect(running.emulator.faults.get()).toMatchObject({ quotaPerMinute: 0 });
    running.emulator.faults.set({ quotaPerMinute: 1, quotaBurst: 1 });
    running.emulator.faults.clear();
    for (let n = 0; n < 5; n += 1) expect((await callJira(running, APP, 'GET', '/rest/api/3/myself')).status).toBe(200);
  });
});
