import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { MESSAGE_STATE } from '../../../src/adapters/sql/column-codes';
import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { steps } from './complaint-life';
import { complaintRequests } from './complaint-requests';
import { mailCounts } from './message-kinds';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, START, startRuntimeSandbox } from './runtime-sandbox';
import { startSandboxChild, type SandboxChild } from './sandbox-child';

/**
 * The issue's restart test: the sandbox runs in a process of its own, as `npm start` runs it, and
 * is killed with SIGKILL in the middle of a batch of creations and transitions over REST. Events
 * that were on their way, and work the app had begun, die with it. Restarted on the same
 * database and left for one reconciliation, it must have lost nothing: every complaint indexed
 * and routed, every message (routing, measures done, returned) sent once, but for the ones the app
 * was sending at the kill, which may go out twice.
 */
jest.setTimeout(SANDBOX_SET_UP_MS + 4 * 60_000);

const WARM = 12;
const CREATED = 40;
/** Requests the batch keeps in flight, and how many must have been answered before the kill. */
const AT_ONCE = 4;
const KILL_AFTER = 30;

let folder = '';
let child: SandboxChild | null = null;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'sandbox-restart-'));
});
afterEach(async () => {
  await child?.kill();
  child = null;
  rmSync(folder, { recursive: true, force: true });
});

/** A database with the app installed and CMP set up, as a first `npm start` and Set up project leave it. */
const prepare = async (dbPath: string): Promise<ProjectBinding> => {
  const env = await startRuntimeSandbox(undefined, { dbPath });
  try {
    return env.binding;
  } finally {
    await env.close();
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Found {
  readonly id: string;
  readonly key: string;
}

/** Every complaint Jira has, and the messages its history calls for: routing, then one per Mark done, return and reopen. */
const truthOf = async (jira: ReturnType<typeof complaintRequests>, binding: ProjectBinding) => {
  const found = (
    (await jira.rest(DEMO_ACCOUNTS.admin, 'POST', '/rest/api/3/search/jql', { jql: `project = CMP AND issuetype = ${binding.issueTypeId} ORDER BY key ASC`, maxResults: 100, fields: ['status'] }))
      .json as { issues: Found[] }
  ).issues;
  const expected = new Map<string, number>();
  const add = (message: string) => expected.set(message, (expected.get(message) ?? 0) + 1);
  const { statusIds } = binding;
  for (const { key } of found) {
    add(`${key} routed`);
    const page = (await jira.rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}/changelog`)).json as { values: { items: { fieldId: string; from: string; to: string }[] }[] };
    for (const item of page.values.flatMap((h) => h.items).filter((i) => i.fieldId === 'status')) {
      if (item.to === statusIds.measures_done) add(`${key} measures_done`);
      if (item.from === statusIds.measures_done && item.to === statusIds.in_progress) add(`${key} returned`);
      if (item.from === statusIds.closed && item.to === statusIds.in_progress) add(`${key} reopened`);
    }
  }
  return { found, expected };
};

/** How many complaints the reconciliation's jobs healed, from the consumer's log lines. */
const healedIn = (output: string): number =>
  [...output.matchAll(/^Queued job \{"kind":"reconcile".*\} (\{.*\})$/gm)]
    .map((match) => JSON.parse(match[1] ?? '{}') as { step?: { healed: number } })
    .reduce((sum, outcome) => sum + (outcome.step?.healed ?? 0), 0);

/**
 * The messages a delivery had claimed and not yet marked sent when the process died, as `CMP-1 routed`.
 * Jira may have taken some of them already; the outbox sends them again once their claims run out,
 * the one duplicate that sending at least once admits (README, "How the app sends messages").
 */
const claimedAtKill = (dbPath: string): Set<string> => {
  const appSql = new Database(dbPath.replace(/\.db$/, '.app-sql.db'), { readonly: true });
  try {
    const rows = appSql.prepare<[number], { payload: string }>('SELECT payload FROM message WHERE state = ? AND claimed_until IS NOT NULL').all(MESSAGE_STATE.encode('pending'));
    return new Set(
      rows.map((row) => {
        const { issueKey, message } = JSON.parse(row.payload) as { issueKey: string; message: { kind: string } };
        return `${issueKey} ${message.kind}`;
      }),
    );
  } finally {
    appSql.close();
  }
};

const mailOf = async (sandbox: SandboxChild) => mailCounts(((await sandbox.control('GET', 'outbox')).json as { subject: string }[]).map((m) => m.subject));

it('loses no complaint and no message to kill -9 in the middle of a batch, once restarted and reconciled', async () => {
  const dbPath = path.join(folder, 'sandbox.db');
  const binding = await prepare(dbPath);
  child = await startSandboxChild(dbPath, START);
  let jira = complaintRequests(child.rest, binding);
  const step = steps(jira);

  // Complaints registered and routed before the batch, which the batch then moves on.
  const warm: Found[] = [];
  for (let n = 0; n < WARM; n += 1) warm.push(await jira.register({ department: n % 2 === 0 ? 'Billing' : 'Support' }));
  for (const { key } of warm) {
    for (let tries = 0; (await jira.issue(key)).fields.assignee === null; tries += 1) {
      if (tries > 100) throw new Error(`${key} was never routed:\n${child.output()}`);
      await sleep(50);
    }
  }

  // The batch: creations, with each warm complaint started, done and (every third) returned in between.
  const leadOf = (n: number) => (n % 2 === 0 ? DEMO_ACCOUNTS.billingLead : DEMO_ACCOUNTS.supportLead);
  const create = (n: number) => async () => {
    await jira.register({ department: n % 2 === 0 ? 'Billing' : 'Support', summary: `Batch ${String(n)}` });
  };
  const moveOn = (key: string, n: number) => async () => {
    await step.startWork(key, leadOf(n));
    await step.markDone(key, leadOf(n));
    if (n % 3 === 0) await step.returnForRework(key);
  };
  const batch = Array.from({ length: CREATED }, (_, n) => [create(n), ...(warm[n] === undefined ? [] : [moveOn(warm[n].key, n)])]).flat();
  let answered = 0;
  const running = child;
  const kill: { done?: Promise<void> } = {};
  const worker = async (): Promise<void> => {
    for (let next = batch.shift(); next !== undefined && kill.done === undefined; next = batch.shift()) {
      // A request the kill cuts off fails; Jira may or may not have done it, which the truth below reads back.
      if (await next().then(() => true, () => false)) answered += 1;
      // Right after an answer: the app has yet to hear of that change, and other requests are in flight.
      if (answered >= KILL_AFTER) kill.done ??= running.kill();
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  await kill.done;
  expect(answered).toBeGreaterThanOrEqual(KILL_AFTER);
  const inFlight = claimedAtKill(dbPath);

  child = await startSandboxChild(dbPath, START);
  jira = complaintRequests(child.rest, binding);
  const { found, expected } = await truthOf(jira, binding);
  const mailBefore = await mailOf(child);
  const missingBefore = [...expected].filter(([message, count]) => (mailBefore.get(message) ?? 0) < count).length;

  // Time goes on after the restart, as it would: the five-minute sweep runs once (a routing attempt the kill cut short holds its complaint for a minute).
  expect((await child.control('POST', 'clock', { advanceMs: 5 * 60_000 })).json).toMatchObject({ ran: [{ key: 'reminder-sweep-schedule' }] });
  const ran = await child.control('POST', 'scheduled/daily-reconciliation-schedule');
  expect(ran.status).toBe(200);
  // The sweep paces the messages it finds unsent through delayed queue events (issue 15). A send the
  // kill cut off inside a queue job stays claimed until its lease ends (900 s and a minute's
  // margin); the first sweep after that paces it, and the next stop delivers what was paced.
  expect((await child.control('POST', 'clock', { advanceMs: 20 * 60_000 })).status).toBe(200);
  expect((await child.control('POST', 'clock', { advanceMs: 5 * 60_000 })).status).toBe(200);
  const healed = healedIn(child.output());
  const mail = await mailOf(child);
  await child.stop();
  child = null;

  const appSql = new Database(dbPath.replace(/\.db$/, '.app-sql.db'), { readonly: true });
  try {
    const store = createSqliteStore(appSql);
    const rows = await Promise.all(found.map(async ({ id, key }) => ({ key, routedAt: (await store.getComplaint(id))?.routedAt ?? null })));
    const unindexedOrUnrouted = rows.filter((r) => r.routedAt === null).map((r) => r.key);
    const lost = [...expected].filter(([message, count]) => (mail.get(message) ?? 0) < count).map(([message]) => message);
    const twice = [...mail].filter(([message, count]) => count > (expected.get(message) ?? 0)).map(([message]) => message);
    const twiceNotInFlight = twice.filter((message) => !inFlight.has(message));
    console.log(
      JSON.stringify({ complaints: found.length, answeredBeforeKill: answered, messagesExpected: expected.size, messagesMissingAfterKill: missingBefore, healedByReconciliation: healed, inFlightAtKill: inFlight.size, lost, twice }),
    );
    // The kill left work undone (else the test proves nothing), and the reconciliation must make it good.
    expect(missingBefore).toBeGreaterThan(0);
    expect(healed).toBeGreaterThan(0);
    // It died mid-batch: some of the batch was done, not all of it.
    expect(found.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(found.length).toBeLessThan(WARM + CREATED);
    expect(unindexedOrUnrouted).toEqual([]);
    // Sent once each, but for a message Jira took just before the kill, which is sent again (at least once, never lost).
    expect({ lost, twiceNotInFlight }).toEqual({ lost: [], twiceNotInFlight: [] });
  } finally {
    appSql.close();
  }
});
