import { createSqliteSendPacing } from '../../../src/adapters/local/sqlite-store.adapter';
import { FIRST_PAUSE_MS } from '../../../src/domain/notifications/send-pacing';
import { deliverMessages } from '../../../src/usecases/notifications/deliver-messages';
import { paceMessages } from '../../../src/usecases/notifications/pace-messages';
import { makeMessage } from '../../adapters/sql/outbox-contract';
import { makeConfig } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const T0 = Date.UTC(2026, 2, 3, 9, 0);
const refOf = (m: { issueId: string; key: string }) => ({ issueId: m.issueId, key: m.key });

quietDeliveryLogs();

const withMessages = async (n: number, sendsPerMinute = 10) => {
  const env = await runtimeOverSqlite(makeConfig({ sendsPerMinute }));
  const messages = Array.from({ length: n }, (_, i) => makeMessage({ key: `reminded:${String(i).padStart(2, '0')}` }));
  await env.outbox.record(messages, T0);
  env.setNow(T0);
  return { env, refs: messages.map(refOf) };
};

describe('a 429 on a send', () => {
  it('pauses every sender of the installation: the rest of the batch, and another job, wait in the outbox untried', async () => {
    const { env, refs } = await withMessages(4);
    env.notifier.answer({ kind: 'deferred', retryAfterMs: 20_000, reason: 'Jira answered 429' });
    expect(await deliverMessages(env.invocation(), refs.slice(0, 2))).toEqual({ sent: 0, retrying: 1, gaveUp: 0, paused: 1 });
    expect(await createSqliteSendPacing(env.database).pausedUntil()).toBe(T0 + 20_000);
    // Another job, in another invocation, reads the pause before it sends.
    expect(await deliverMessages(env.invocation(), refs.slice(2))).toEqual({ sent: 0, retrying: 0, gaveUp: 0, paused: 2 });
    expect(env.notifier.sent).toEqual([]);
    // None is lost: all four are pending, none counted as a failure, and none is due before the pause ends.
    expect(env.messages().map((m) => [m.state, m.attempts])).toEqual(refs.map(() => [1, 0]));
    expect(await env.outbox.listDue(T0 + 19_999, 10)).toEqual([]);
    expect(await env.outbox.listDue(T0 + 20_000, 10)).toHaveLength(3);
  });

  it('without Retry-After pauses for the backoff, and the pacer gives no slot before the pause ends', async () => {
    const { env, refs } = await withMessages(2);
    env.notifier.answer({ kind: 'deferred', retryAfterMs: null, reason: 'Jira answered 429' });
    await deliverMessages(env.invocation(), refs.slice(0, 1));
    expect(await createSqliteSendPacing(env.database).pausedUntil()).toBe(T0 + FIRST_PAUSE_MS);
    const paced = await paceMessages(env.invocation(), refs.slice(1));
    expect(paced).toEqual({ now: [], queued: 1, waiting: 0 });
    expect(env.delays).toEqual([FIRST_PAUSE_MS]);
  });
});

describe('paceMessages', () => {
  it('hands out each slot once, though pacers race for them', async () => {
    const { env, refs } = await withMessages(6, 60);
    const results = await Promise.all([paceMessages(env.invocation(), refs.slice(0, 3)), paceMessages(env.invocation(), refs.slice(3))]);
    expect(results.map((r) => r.queued)).toEqual([3, 3]);
    // Sixty a minute in batches of six: the two shares of three get one slot each second, one after the other.
    expect([...env.delays].sort((a, b) => a - b)).toEqual([2_000, 5_000]);
    expect(await createSqliteSendPacing(env.database).slotsUntil()).toBe(T0 + 6_000);
  });

  it('leaves messages pending and due when no slot is free in the horizon', async () => {
    const { env, refs } = await withMessages(3, 1);
    const first = await paceMessages(env.invocation(), refs);
    expect(first).toEqual({ now: [refs[0]], queued: 2, waiting: 0 });
    // The horizon holds ten slots at one a minute: seven more fit, the eighth waits.
    const late = Array.from({ length: 8 }, (_, i) => makeMessage({ key: `escalated:${String(i)}` }));
    await env.outbox.record(late, T0);
    expect(await paceMessages(env.invocation(), late.map(refOf))).toEqual({ now: [], queued: 7, waiting: 1 });
    // Due now: the one without a slot, and the batch handed back to the caller to send at once.
    expect(await env.outbox.listDue(T0, 10)).toEqual([refOf(late[7] ?? makeMessage()), refs[0]]);
  });
});
