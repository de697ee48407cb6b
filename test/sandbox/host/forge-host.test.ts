import Database from 'better-sqlite3';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClock } from '../../../sandbox/host/clock';
import { createForgeHost } from '../../../sandbox/host/forge-host';
import { parseManifest } from '../../../sandbox/host/manifest-model';
import { ResolverFunctionNotFound } from '../../../sandbox/host/resolver-function-not-found';
import { deliveries, PROBE_MANIFEST, probeBundle } from './probe-app';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = Date.UTC(2025, 0, 6, 9, 0);

/** Stands in for the Jira emulator: answers /myself with the identity headers it received. */
const startFakeJira = async () => {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ provider: req.headers['x-forge-provider'], accountId: req.headers['x-forge-account-id'] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise((resolve) => server.close(resolve)) };
};

const setup = async () => {
  deliveries.length = 0;
  const jira = await startFakeJira();
  const clock = createClock({ frozenAt: START });
  const logs: string[] = [];
  const appSqlDb = new Database(':memory:');
  const host = createForgeHost({
    manifest: parseManifest(PROBE_MANIFEST, __dirname),
    bundle: probeBundle,
    hostDb: new Database(':memory:'),
    appSqlDb,
    now: clock.now,
    baseUrl: () => jira.url,
    hostToken: 'host-secret',
    log: (line) => logs.push(line),
  });
  const invoke = (functionKey: string, payload: Record<string, unknown> = {}, accountId = 'ann') =>
    host.invokeResolver({
      site: { moduleKey: 'probe-panel', localId: 'probe-panel/10001', extension: { issue: { id: '10001', key: 'CMP-7' } } },
      viewer: { accountId, locale: 'en-US', timeZone: 'Europe/London', colorMode: 'light', accountType: 'licensed' },
      functionKey,
      payload,
    });
  return { host, clock, jira, logs, invoke, appSqlDb };
};

let env: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  env = await setup();
});
afterEach(async () => {
  await env.host.idle();
  await env.jira.close();
});

const handledBy = (handler: string) => deliveries.filter((d) => d.handler === handler);

describe('functions Jira calls for a module (a JQL function)', () => {
  it('run with the payload as their event and the module in the runtime', async () => {
    const payload = { precomputationId: 'p-1', clause: { field: 'issue', operator: 'in', functionName: 'probe', arguments: ['a'] } };
    await env.host.invokeModuleFunction({ moduleKey: 'probe-jql', functionKey: 'on-event', payload });
    expect(handledBy('on-event')).toEqual([{ handler: 'on-event', moduleKey: 'probe-jql', event: payload }]);
  });

  it('reject a function the manifest does not declare', async () => {
    await expect(env.host.invokeModuleFunction({ moduleKey: 'probe-jql', functionKey: 'nope', payload: {} })).rejects.toThrow('No function nope in the manifest');
  });
});

describe('resolvers', () => {
  it('run as Forge calls them: the viewer from the principal, the place from the context, the module in the runtime', async () => {
    expect(await env.invoke('whoami', {}, 'ann')).toEqual({ accountId: 'ann', issueKey: 'CMP-7', moduleKey: 'probe-panel' });
    expect(await env.invoke('whoami', {}, 'bob')).toEqual({ accountId: 'bob', issueKey: 'CMP-7', moduleKey: 'probe-panel' });
  });

  // @forge/resolver finds inherited members with `in`: `constructor` would echo the call, `__proto__` crash.
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'not-defined'])('answer %s, which the resolver does not define, as not found', async (functionKey) => {
    const call = env.invoke(functionKey, { echo: 'me' });
    await expect(call).rejects.toBeInstanceOf(ResolverFunctionNotFound);
    await expect(call).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND', functionKey, message: `Resolver has no definition for '${functionKey}'.` });
  });

  it('reject a module without a resolver', async () => {
    await expect(
      env.host.invokeResolver({ site: { moduleKey: 'nope', localId: 'x', extension: {} }, viewer: { accountId: 'ann', locale: 'en-US', timeZone: 'UTC', colorMode: 'light', accountType: 'licensed' }, functionKey: 'whoami', payload: {} }),
    ).rejects.toThrow('Module nope has no resolver');
  });
});

describe('@forge/kvs through the shim', () => {
  it('stores, reads back and misses', async () => {
    await env.invoke('kvs/set', { key: 'pref:ann', value: { language: 'uk' } });
    expect(await env.invoke('kvs/get', { key: 'pref:ann' })).toEqual({ value: { language: 'uk' } });
    expect(await env.invoke('kvs/get', { key: 'pref:bob' })).toEqual({ value: null });
  });

  it('queries by key prefix in key order, two per page', async () => {
    for (const key of ['a:3', 'b:1', 'a:1', 'a:2']) await env.invoke('kvs/set', { key, value: key });
    // Keys starting "a:" in order are a:1, a:2, a:3; a page of two leaves a cursor after a:2.
    expect(await env.invoke('kvs/query', { prefix: 'a:' })).toEqual({ keys: ['a:1', 'a:2'], nextCursor: 'a:2' });
  });

  it('lets a value expire on the sandbox clock', async () => {
    await env.invoke('kvs/set', { key: 'lock', value: true, ttlSeconds: 60 });
    env.clock.advance(59_000);
    expect(await env.invoke('kvs/get', { key: 'lock' })).toEqual({ value: true });
    env.clock.advance(1_000); // 59 s + 1 s = the 60 s TTL: gone
    expect(await env.invoke('kvs/get', { key: 'lock' })).toEqual({ value: null });
  });
});

describe('@forge/sql through the shim', () => {
  it('runs MySQL migrations and statements on SQLite', async () => {
    expect(await env.invoke('sql/round-trip')).toEqual({
      migrated: ['v1-notes'],
      inserted: expect.objectContaining({ affectedRows: 1, insertId: 1 }) as unknown,
      rows: [{ id: 1, body: 'hello', done: 1 }],
    });
    const again = (await env.invoke('sql/round-trip')) as { migrated: string[]; rows: unknown[] };
    expect(again.migrated).toEqual([]);
    expect(again.rows).toHaveLength(2);
  });

  it('reports a failing statement as a Forge SQL error', async () => {
    expect(await env.invoke('sql/bad')).toEqual({ failed: true, message: expect.stringContaining('no such table: nowhere') as unknown });
  });
});

describe('@forge/api requestJira through the shim', () => {
  it.each([
    ['app', { provider: 'app', accountId: null }],
    ['user', { provider: 'user', accountId: 'ann' }],
  ])('as %s reaches Jira with that identity and the host token', async (as, identity) => {
    expect(await env.invoke('jira/myself', { as }, 'ann')).toEqual({ status: 200, body: identity });
    expect(env.jira.seen.at(-1)?.['x-sandbox-host-token']).toBe('host-secret');
  });
});

describe('@forge/events queue', () => {
  it('hands each pushed event to the consumer, a delayed one when the clock reaches it', async () => {
    const { jobId } = (await env.invoke('queue/push', { delayInSeconds: 60 })) as { jobId: string };
    await env.host.idle();
    expect(handledBy('on-work').map((d) => d.event)).toEqual([expect.objectContaining({ body: { n: 1 }, queueName: 'work', jobId })]);

    env.clock.advance(MINUTE);
    await env.host.runDue();
    await env.host.idle();
    expect(handledBy('on-work').map((d) => (d.event as { body: unknown }).body)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(handledBy('on-work').every((d) => d.moduleKey === 'work-listener')).toBe(true);
  });

  it('delivers the delayed events that fell due during a jump, and waits for them, before the schedules due at the same stop', async () => {
    await env.invoke('queue/push', { delayInSeconds: 60 });
    await env.host.idle();
    deliveries.length = 0;
    // The clock jumps five minutes: the event fell due at one, long before the five-minute schedule.
    env.clock.advance(5 * MINUTE);
    expect(await env.host.runDue()).toEqual(['every-five-minutes']);
    expect(deliveries.map((d) => d.handler)).toEqual(['on-work', 'on-schedule']);
  });

  it('hands over the delayed events not yet due, which another host delivers when its clock reaches them', async () => {
    const { jobId } = (await env.invoke('queue/push', { delayInSeconds: 60 })) as { jobId: string };
    await env.host.idle();
    const held = env.host.heldQueueEvents();
    expect(held).toEqual([{ dueAt: START + MINUTE, queueName: 'work', jobId, event: expect.objectContaining({ body: { n: 2 }, jobId }) as unknown }]);

    // A stopped sandbox's next start: a new host, its clock where the old one stopped.
    const next = await setup();
    next.host.restoreQueueEvents(JSON.parse(JSON.stringify(held)) as typeof held);
    await next.host.runDue();
    expect(handledBy('on-work')).toEqual([]);
    next.clock.advance(MINUTE);
    await next.host.runDue();
    await next.host.idle();
    expect(handledBy('on-work').map((d) => d.event)).toEqual([expect.objectContaining({ body: { n: 2 }, queueName: 'work', jobId })]);
    expect(next.host.heldQueueEvents()).toEqual([]);
    await next.jira.close();
  });
});

describe('product events', () => {
  const created = (issueType: string) => ({ eventType: 'avi:jira:created:issue', issue: { key: 'CMP-1', fields: { issuetype: { name: issueType } } }, selfGenerated: false });
  const updated = (selfGenerated: boolean) => ({ eventType: 'avi:jira:updated:issue', issue: { key: 'CMP-1' }, selfGenerated });

  it.each([
    ['a created Complaint', ['complaint-created'], created('Complaint')],
    ['a created Task (filtered out)', [], created('Task')],
    ['an update by a person', ['human-updates'], updated(false)],
    ['an update by the app itself (ignoreSelf)', [], updated(true)],
  ])('%s reaches %j', async (_name, keys, event) => {
    expect(env.host.deliverEvent(event)).toEqual(keys);
    await env.host.idle();
    expect(handledBy('on-event').map((d) => d.moduleKey)).toEqual(keys);
  });

  it('adds the site and the trigger module to the event, as Forge does', async () => {
    env.host.deliverEvent(created('Complaint'));
    await env.host.idle();
    expect(deliveries[0]?.event).toEqual(expect.objectContaining({ context: expect.objectContaining({ moduleKey: 'complaint-created' }) as unknown }));
  });

  it('delivers twice when the duplicate fault is on, and late when delayed', async () => {
    env.host.events.setFaults({ duplicate: true, delayMs: 5 });
    env.host.deliverEvent(created('Complaint'));
    expect(handledBy('on-event')).toHaveLength(0); // late: nothing yet, synchronously
    await env.host.idle();
    expect(handledBy('on-event')).toHaveLength(2);
  });

  it('loses every product event while the lost fault is on, and none once it is off', async () => {
    env.host.events.setFaults({ lost: true });
    expect(env.host.deliverEvent(created('Complaint'))).toEqual([]);
    await env.host.idle();
    expect(handledBy('on-event')).toHaveLength(0);
    env.host.events.setFaults({ lost: false });
    expect(env.host.deliverEvent(created('Complaint'))).toEqual(['complaint-created']);
    await env.host.idle();
    expect(handledBy('on-event')).toHaveLength(1);
  });

  it('announces the installation to the lifecycle trigger', async () => {
    expect(env.host.install('admin-1')).toEqual(['installed']);
    await env.host.idle();
    expect(deliveries[0]?.event).toEqual(expect.objectContaining({ eventType: 'avi:forge:installed:app', installerAccountId: 'admin-1', app: expect.objectContaining({ id: 'ari:cloud:ecosystem::app/probe' }) as unknown }));
  });
});

describe('scheduled triggers', () => {
  it('run when the clock reaches them, once per jump however far it went', async () => {
    env.clock.advance(4 * MINUTE);
    expect(await env.host.runDue()).toEqual([]);
    env.clock.advance(MINUTE); // 4 + 1 = 5 minutes: the five-minute schedule is due
    expect(await env.host.runDue()).toEqual(['every-five-minutes']);
    env.clock.advance(DAY); // a day later both are due; the 288 missed five-minute ticks are not replayed
    expect(await env.host.runDue()).toEqual(['every-five-minutes', 'every-day']);
    expect(handledBy('on-schedule').map((d) => d.moduleKey)).toEqual(['every-five-minutes', 'every-five-minutes', 'every-day']);
  });

  it('runs one on demand, and knows when each runs next', async () => {
    await env.host.runScheduled('every-day');
    expect(handledBy('on-schedule').map((d) => d.moduleKey)).toEqual(['every-day']);
    expect(env.host.schedules()).toEqual([
      { key: 'every-five-minutes', interval: 'fiveMinute', nextRunAt: START + 5 * MINUTE },
      { key: 'every-day', interval: 'day', nextRunAt: START + DAY },
    ]);
    await expect(env.host.runScheduled('nope')).rejects.toThrow('No scheduled trigger nope');
  });
});

describe('wipe', () => {
  it('forgets the app storage, as a fresh installation starts empty', async () => {
    await env.invoke('kvs/set', { key: 'k', value: 1 });
    await env.invoke('sql/round-trip');
    env.host.wipe();
    expect(await env.invoke('kvs/get', { key: 'k' })).toEqual({ value: null });
    expect(env.appSqlDb.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'notes'").get()).toEqual({ n: 0 });
  });
});
