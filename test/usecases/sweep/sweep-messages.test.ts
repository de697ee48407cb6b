import { backoffAfter } from '../../../src/domain/notifications/delivery-policy';
import type { Store } from '../../../src/ports/store.port';
import { runQueuedJob } from '../../../src/usecases/queue/run-queued-job';
import { routeComplaint } from '../../../src/usecases/routing/route-complaint';
import { processDueComplaint } from '../../../src/usecases/sweep/process-due-complaint';
import { runSweep, SENT_KEPT_MS } from '../../../src/usecases/sweep/run-sweep';
import { makeMessage } from '../../adapters/sql/outbox-contract';
import { makeRecord } from '../../adapters/sql/store-contract';
import { at } from '../../domain/calendar/calendars';
import { makeComplaint, makeConfig } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const MONDAY = at('2026-03-02T10:00:00Z');
const TUESDAY = at('2026-03-03T10:00:00Z');
const serverError = { kind: 'failed', maybeDone: true, reason: 'Jira answered 500' } as const;

quietDeliveryLogs();

/** A store that fails its first trail write (appended or rolled up), as an invocation that dies there would leave things. */
const crashingOnFirstAppend = (store: Store): Store => {
  let crashed = false;
  const crashOnce = <T>(write: () => Promise<T>): Promise<T> => {
    if (crashed) return write();
    crashed = true;
    return Promise.reject(new Error('the invocation died'));
  };
  return {
    ...store,
    appendTrail: (entries) => crashOnce(() => store.appendTrail(entries)),
    rollTrail: (entry, since) => crashOnce(() => store.rollTrail(entry, since)),
  };
};

describe('a reminder', () => {
  const seeded = async () => {
    const env = await runtimeOverSqlite();
    await env.withoutDigests();
    await env.seedRouted({ ...makeComplaint({ createdAt: MONDAY, statusChangedAt: MONDAY }), nextDueAt: TUESDAY, routedAt: MONDAY });
    env.setNow(TUESDAY);
    return env;
  };

  it('is recorded before its trail entry: a crash in between leaves it pending, and the next sweep sends it once', async () => {
    const env = await seeded();
    const deps = env.invocation();
    await expect(processDueComplaint({ ...deps, store: crashingOnFirstAppend(deps.store) }, '10001')).rejects.toThrow('the invocation died');
    expect(env.messages()).toEqual([{ issue_id: '10001', message_key: 'reminded:reminder.registered:2026-03-03', state: 1, attempts: 0 }]);
    expect(env.notifier.sent).toEqual([]);

    const result = await runSweep(env.invocation());
    // The advocate reads the day's digest instead of a copy.
    expect(env.notifier.sent.map((n) => n.to)).toEqual([{ accountIds: ['lead-billing'], groups: [] }]);
    expect((await env.store.trailOf('10001')).map((e) => e.key)).toEqual(['route', `reminded:reminder.registered:since:${MONDAY}`]);
    // The sweep sends the waiting message first; the complaint then finds its reminder written and sends nothing more.
    expect(result).toMatchObject({ due: 1, reminders: 1, failed: 0, retried: { due: 1, sent: 1, gaveUp: 0, queued: 0 }, outbox: { pending: 0, gaveUp: 0 } });
  });

  it('that Jira refused waits in the outbox, and a sweep after its backoff sends it', async () => {
    const env = await seeded();
    env.notifier.answer(serverError);
    expect(await runSweep(env.invocation())).toMatchObject({ reminders: 1, failed: 1, outbox: { pending: 1, gaveUp: 0 } });
    env.setNow(TUESDAY + backoffAfter(1) - 1);
    expect(await runSweep(env.invocation())).toMatchObject({ due: 0, retried: { due: 0 } });
    env.setNow(TUESDAY + backoffAfter(1));
    expect(await runSweep(env.invocation())).toMatchObject({ due: 0, retried: { due: 1, sent: 1, gaveUp: 0, queued: 0 }, outbox: { pending: 0, gaveUp: 0 } });
    expect(env.notifier.sent).toHaveLength(1);
  });
});

describe('the routing message', () => {
  it.each([
    ['to the lead and the advocate', 'billing', { accountIds: ['lead-billing', 'advocate-billing'], groups: [] }],
    ['to the advocates in triage', null, { accountIds: [], groups: ['complaint-advocates'] }],
  ])('%s, refused once, goes out with the next sweep after its backoff', async (_name, departmentId, to) => {
    const env = await runtimeOverSqlite();
    await env.withoutDigests();
    env.setNow(MONDAY);
    await env.store.saveComplaint(makeRecord({ ...makeComplaint({ departmentId, assigneeAccountId: null, responsibleAccountId: null, createdAt: MONDAY }), nextDueAt: MONDAY }), 0);
    env.notifier.answer(serverError);
    expect(await routeComplaint(env.invocation(), '10001')).toMatchObject({ kind: 'routed' });
    expect(env.notifier.sent).toEqual([]);
    env.setNow(MONDAY + backoffAfter(1));
    await runSweep(env.invocation());
    expect(env.notifier.sent.map((n) => n.to)).toEqual([to]);
    expect(env.messages()).toEqual([{ issue_id: '10001', message_key: 'route', state: 2, attempts: 1 }]);
  });
});

describe('the sweep and the outbox', () => {
  it('with nothing due and nothing waiting, calls Jira not at all', async () => {
    const env = await runtimeOverSqlite();
    env.setNow(TUESDAY);
    const deps = env.invocation();
    const jira = { ...deps.jira, assign: jest.fn(), readIssue: jest.fn() };
    expect(await runSweep({ ...deps, jira })).toEqual({
      at: TUESDAY,
      due: 0,
      handled: 0,
      queued: 0,
      reminders: 0,
      escalations: 0,
      routed: 0,
      failed: 0,
      retried: { due: 0, sent: 0, gaveUp: 0, queued: 0 },
      outbox: { pending: 0, gaveUp: 0, lastGiveUps: [] },
    });
    expect(env.notifier.sent).toEqual([]);
    expect(jira.assign).not.toHaveBeenCalled();
    expect(jira.readIssue).not.toHaveBeenCalled();
  });

  it('paces waiting messages through the queue at the rate: batches of a tenth of a minute, each at its last slot, none sent early', async () => {
    const env = await runtimeOverSqlite(makeConfig({ sendsPerMinute: 100 }));
    const waiting = Array.from({ length: 28 }, (_, n) => makeMessage({ key: `reminded:${String(n).padStart(2, '0')}` }));
    await env.outbox.record(waiting, MONDAY);
    env.setNow(TUESDAY);
    expect(await runSweep(env.invocation())).toMatchObject({ retried: { due: 28, sent: 0, gaveUp: 0, queued: 28 } });
    const refs = waiting.map((m) => ({ issueId: m.issueId, key: m.key }));
    expect(env.queued).toEqual([refs.slice(0, 10), refs.slice(10, 20), refs.slice(20)].map((share) => ({ kind: 'messages', refs: share })));
    // 100 a minute: a slot every 600 ms, and a batch waits for its last one.
    expect(env.delays).toEqual([5_400, 11_400, 16_200]);
    // A later sweep finds them taken: no slot is given twice.
    expect(await runSweep(env.invocation())).toMatchObject({ retried: { due: 0, queued: 0 } });

    const [first, second, third] = env.queued;
    env.setNow(TUESDAY + 5_399);
    expect(first && (await runQueuedJob(env.invocation(), first))).toEqual({ kind: 'messages', totals: { sent: 0, retrying: 0, gaveUp: 0, paused: 0 } });
    for (const [job, delay] of [[first, 5_400], [second, 11_400], [third, 16_200]] as const) {
      env.setNow(TUESDAY + delay);
      if (job) await runQueuedJob(env.invocation(), job);
    }
    expect(env.notifier.sent).toHaveLength(28);
    expect(env.messages().every((m) => m.state === 2)).toBe(true);
  });

  it('reports a message Jira refused for good among the give-ups, and keeps no sent message for long', async () => {
    // Ten a minute: a batch of one every six seconds, the first of them due at once, sent by the sweep itself.
    const env = await runtimeOverSqlite(makeConfig({ sendsPerMinute: 10 }));
    await env.outbox.record([makeMessage(), makeMessage({ key: 'reminded:x' })], MONDAY);
    env.setNow(MONDAY);
    env.notifier.answer({ kind: 'refused', reason: 'Jira answered 404: Issue does not exist' });
    const result = await runSweep(env.invocation());
    expect(result.retried).toEqual({ due: 2, sent: 0, gaveUp: 1, queued: 1 });
    await env.runQueue();
    // The longest waiting first, ties by key: `reminded:x` meets the refusal.
    expect(await env.outbox.health(5)).toEqual({ pending: 0, gaveUp: 1, lastGiveUps: [{ issueId: '10001', key: 'reminded:x', issueKey: 'CMP-1', reason: 'Jira answered 404: Issue does not exist', at: MONDAY }] });
    env.setNow(MONDAY + SENT_KEPT_MS);
    await runSweep(env.invocation());
    expect(env.messages().map((m) => [m.message_key, m.state])).toEqual([['reminded:x', 3], ['route', 2]]);
    // `route` went out at its slot, six seconds after the sweep.
    env.setNow(MONDAY + SENT_KEPT_MS + 6_001);
    await runSweep(env.invocation());
    expect(env.messages().map((m) => m.state)).toEqual([3]);
  });
});
