import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { createSandbox, type Sandbox } from '../../../sandbox/server';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, START, startRuntimeSandbox } from './runtime-sandbox';

/**
 * Closing the sandbox (what `npm start` does on Ctrl-C or SIGTERM) while the app still has work:
 * the work finishes against the live server, or, when it waits on the clock, is kept for the next
 * start. Each test runs on a database file, so the next start can look at what the last one left.
 */
jest.setTimeout(120_000);

let folder = '';
let logs: string[] = [];
let reopened: Sandbox | null = null;
/** The app logs each event and, for the refusals injected below, errors, as it would on Forge; the tests assert on the outcome. */
const quiet = (): void => {
  for (const level of ['info', 'warn', 'error'] as const) jest.spyOn(console, level).mockImplementation(() => undefined);
};
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'sandbox-shutdown-'));
  logs = [];
  quiet();
});
afterEach(async () => {
  await reopened?.close();
  reopened = null;
  jest.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

const dbPath = () => path.join(folder, 'sandbox.db');
const log = (line: string) => logs.push(line);
const start = (drainTimeoutMs?: number) => startRuntimeSandbox(undefined, { dbPath: dbPath(), log, ...(drainTimeoutMs === undefined ? {} : { drainTimeoutMs }) });

/** The next start on the same file, as `npm start` after a stop. */
const reopen = async (): Promise<Sandbox> => {
  // Closing the first sandbox's harness gave the console back.
  quiet();
  reopened = await createSandbox({ port: 0, dbPath: dbPath(), frozenClockAt: START, seed: false, log });
  return reopened;
};

const assigneeOf = async (sandbox: Sandbox, key: string): Promise<string | null> => {
  const response = await fetch(`${sandbox.url}/rest/api/3/issue/${key}?fields=assignee`, {
    headers: { authorization: `Basic ${Buffer.from('adele.admin@example.com:token').toString('base64')}`, accept: 'application/json' },
  });
  const issue = (await response.json()) as { fields: { assignee: { accountId: string } | null } };
  return issue.fields.assignee?.accountId ?? null;
};

describe('closing the sandbox', () => {
  it('lets a trigger still pending finish against the live server first', async () => {
    const env = await start();
    // The created event reaches the app 300 ms after the REST call: still pending when the sandbox closes.
    env.services.host.events.setFaults({ delayMs: 300 });
    const { id, key } = await env.register({ department: 'Billing' });
    await env.close();
    expect(logs.filter((line) => line.includes('failed'))).toEqual([]);

    const next = await reopen();
    expect(await assigneeOf(next, key)).toBe(DEMO_ACCOUNTS.billingLead);
    expect((await createSqliteStore(next.services.appSql).getComplaint(id))?.routedAt).not.toBeNull();
  }, SANDBOX_SET_UP_MS + 60_000);

  it('keeps a routing retry that waits in the queue for the next start, which runs it when the clock reaches it', async () => {
    const env = await start();
    env.setFault({ method: 'PUT', path: /\/assignee$/ });
    const { id, key } = await env.register({ department: 'Billing' });
    await env.settle();
    expect(await env.store.getComplaint(id)).toMatchObject({ routedAt: null, routeAttempts: 1 });
    await env.close();

    // Jira takes assignments again after the restart.
    const next = await reopen();
    expect(await assigneeOf(next, key)).toBeNull();
    await next.services.jumpClock(2 * 60_000);
    expect(await assigneeOf(next, key)).toBe(DEMO_ACCOUNTS.billingLead);
    expect(await createSqliteStore(next.services.appSql).getComplaint(id)).toMatchObject({ routeAttempts: 2 });
  }, SANDBOX_SET_UP_MS + 60_000);

  it('waits no longer than its bound for work that does not finish, and says so', async () => {
    const env = await start(50);
    env.services.host.events.setFaults({ delayMs: 2_000 });
    await env.register({ department: 'Billing' });
    // Wall time: Date.now is the sandbox clock while the sandbox runs.
    const began = performance.now();
    await env.close();
    expect(performance.now() - began).toBeLessThan(1_500);
    expect(logs).toContainEqual(expect.stringMatching(/^stopped waiting for the app's work after 50 ms; 1 trigger or consumer runs still going will fail$/));
    // The abandoned trigger runs into the closed server; the test waits for it so nothing outlives the test.
    await env.services.host.idle();
  }, SANDBOX_SET_UP_MS + 60_000);
});
