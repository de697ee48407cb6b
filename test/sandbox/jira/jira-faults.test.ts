import { createCloudClient, RateLimitError } from 'jira.js';
import { AGENT, callJira } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

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
    running.emulator.faults.set({ rate429: 4, rate500: -1 });
    expect(running.emulator.faults.get()).toMatchObject({ rate429: 1, rate500: 0 });
  });
});
