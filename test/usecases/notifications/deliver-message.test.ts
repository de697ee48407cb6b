import { backoffAfter, MAX_DELIVERY_ATTEMPTS } from '../../../src/domain/notifications/delivery-policy';
import { renderNotification } from '../../../src/domain/notifications/render-notification';
import type { SendResult } from '../../../src/ports/notifier.port';
import { CLAIM_MARGIN_MS, deliverMessage } from '../../../src/usecases/notifications/deliver-message';
import { deliverMessages } from '../../../src/usecases/notifications/deliver-messages';
import { makeMessage } from '../../adapters/sql/outbox-contract';
import { T0 } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const MINUTE = 60_000;
const ref = { issueId: '10001', key: 'route' };
/** The fakes' invocation may run two more minutes; a claim lasts that, and the margin. */
const CLAIM_LEASE_MS = 120_000 + CLAIM_MARGIN_MS;
const serverError: SendResult = { kind: 'failed', maybeDone: true, reason: 'Jira answered 500' };
const rateLimited = (retryAfterMs: number | null): SendResult => ({ kind: 'deferred', retryAfterMs, reason: 'Jira answered 429' });

/** One message recorded at T0, and the runtime to deliver it with. */
const recorded = async (message = makeMessage()) => {
  const env = await runtimeOverSqlite();
  env.setNow(T0);
  await env.outbox.record([message], T0);
  return env;
};

quietDeliveryLogs();

describe('deliverMessage', () => {
  it('sends the recorded message once, as recorded, and marks it sent', async () => {
    const env = await recorded();
    expect(await deliverMessage(env.invocation(), ref)).toEqual({ kind: 'sent', at: T0 });
    expect(env.notifier.sent).toEqual([
      { issueKey: 'CMP-1', to: makeMessage().to, ...renderNotification(makeMessage().message, makeMessage().facts, ['en'], null) },
    ]);
    expect(await deliverMessage(env.invocation(), ref)).toEqual({ kind: 'not_claimed' });
    expect(env.notifier.sent).toHaveLength(1);
    expect(env.messages()).toEqual([{ issue_id: '10001', message_key: 'route', state: 2, attempts: 0 }]);
  });

  it('sends a message once when several deliveries start at the same moment', async () => {
    const env = await recorded();
    const outcomes = await Promise.all([env.invocation(), env.invocation(), env.invocation()].map((deps) => deliverMessage(deps, ref)));
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['not_claimed', 'not_claimed', 'sent']);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('holds a message as long as its invocation may run, and a minute more', async () => {
    const env = await recorded();
    const deps = { ...env.invocation(), invocation: { remainingMs: () => 7_000 } };
    const leases: number[] = [];
    const outbox = { ...deps.outbox, claim: (claimed: typeof ref, now: number, lease: number) => (leases.push(lease), deps.outbox.claim(claimed, now, lease)) };
    await deliverMessage({ ...deps, outbox }, ref);
    expect(leases).toEqual([T0 + 7_000 + CLAIM_MARGIN_MS]);
  });

  it('leaves a message that a crashed delivery holds until the claim runs out, then sends it', async () => {
    const env = await recorded();
    // A delivery that claimed the message and never came back.
    await env.outbox.claim(ref, T0, T0 + CLAIM_LEASE_MS);
    env.setNow(T0 + CLAIM_LEASE_MS - 1);
    expect(await deliverMessage(env.invocation(), ref)).toEqual({ kind: 'not_claimed' });
    env.setNow(T0 + CLAIM_LEASE_MS);
    expect(await deliverMessage(env.invocation(), ref)).toMatchObject({ kind: 'sent' });
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('retries a rate-limited message after Jira’s Retry-After (a minute at least), never counting it, so it never gives up', async () => {
    const env = await recorded();
    env.notifier.answer(rateLimited(90_000));
    expect(await deliverMessage(env.invocation(), ref)).toEqual({ kind: 'retry_later', attempts: 0, at: T0 + 90_000, failure: rateLimited(90_000) });
    let at = T0 + 90_000;
    for (let n = 0; n < 3 * MAX_DELIVERY_ATTEMPTS; n += 1) {
      env.setNow(at);
      env.notifier.answer(rateLimited(null));
      expect(await deliverMessage(env.invocation(), ref)).toEqual({ kind: 'retry_later', attempts: 0, at: at + MINUTE, failure: rateLimited(null) });
      at += MINUTE;
    }
    env.setNow(at);
    expect(await deliverMessage(env.invocation(), ref)).toMatchObject({ kind: 'sent' });
    expect(console.error).not.toHaveBeenCalled();
  });

  it('retries after a 500 with a doubling wait, warning that Jira may have sent it, and gives up after the bound', async () => {
    const env = await recorded();
    let at = T0;
    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      env.setNow(at);
      env.notifier.answer(serverError);
      const outcome = await deliverMessage(env.invocation(), ref);
      expect(outcome).toEqual({ kind: 'retry_later', attempts: attempt, at: at + backoffAfter(attempt), failure: serverError });
      // Not before its time: the sweep passing earlier leaves it alone.
      env.setNow(at + backoffAfter(attempt) - 1);
      expect(await deliverMessage(env.invocation(), ref)).toEqual({ kind: 'not_claimed' });
      at += backoffAfter(attempt);
    }
    expect(console.warn).toHaveBeenLastCalledWith('Message route on CMP-1: Jira answered 500; retrying later; Jira may have sent it already, so the retry may send it twice');
    env.setNow(at);
    env.notifier.answer(serverError);
    expect(await deliverMessage(env.invocation(), ref)).toEqual({ kind: 'gave_up', attempts: MAX_DELIVERY_ATTEMPTS, at, reason: 'Jira answered 500' });
    expect(console.error).toHaveBeenCalledWith(`Message route on CMP-1: gave up after ${String(MAX_DELIVERY_ATTEMPTS)} failed attempts: Jira answered 500`);
    expect(await env.outbox.health(5)).toEqual({ pending: 0, gaveUp: 1, lastGiveUps: [{ ...ref, issueKey: 'CMP-1', reason: 'Jira answered 500', at }] });
    expect(env.notifier.sent).toEqual([]);
  });

  it('gives up at once when Jira refuses for good (the issue is gone)', async () => {
    const env = await recorded();
    env.notifier.answer({ kind: 'refused', reason: 'Jira answered 404: Issue does not exist or you do not have permission to see it.' });
    expect(await deliverMessage(env.invocation(), ref)).toMatchObject({ kind: 'gave_up', attempts: 1 });
    expect((await env.outbox.health(5)).lastGiveUps.map((g) => g.reason)).toEqual(['Jira answered 404: Issue does not exist or you do not have permission to see it.']);
  });

  it('gives up on a message with nobody to tell, without calling Jira', async () => {
    const env = await recorded(makeMessage({ to: { accountIds: [], groups: [] } }));
    expect(await deliverMessage(env.invocation(), ref)).toMatchObject({ kind: 'gave_up', attempts: 0, reason: 'nobody to tell' });
    expect(env.notifier.sent).toEqual([]);
  });

  it('retries, counted, when the languages cannot be read: nothing reached Jira, so no duplicate is possible', async () => {
    const env = await recorded();
    const deps = { ...env.invocation(), people: { languagesOf: () => Promise.reject(new Error('KVS unavailable')) } };
    expect(await deliverMessage(deps, ref)).toEqual({ kind: 'retry_later', attempts: 1, at: T0 + backoffAfter(1), failure: { kind: 'failed', maybeDone: false, reason: 'KVS unavailable' } });
    expect(console.warn).toHaveBeenLastCalledWith('Message route on CMP-1: KVS unavailable; retrying later');
  });

  it('says so when its claim ran out before it finished', async () => {
    const env = await recorded();
    const deps = env.invocation();
    // Jira answers only after the lease is over and another delivery has taken the message.
    const slow = { ...deps, notifier: { send: async () => {
      env.setNow(T0 + CLAIM_LEASE_MS);
      await env.outbox.claim(ref, T0 + CLAIM_LEASE_MS, T0 + 2 * CLAIM_LEASE_MS);
      return { kind: 'accepted' } as const;
    } } };
    await deliverMessage(slow, ref);
    expect(console.error).toHaveBeenCalledWith('Message route on CMP-1: its claim ran out before the delivery finished');
  });
});

describe('deliverMessages', () => {
  it('counts a delivery that failed outright as one to retry, logs it, and goes on with the next', async () => {
    const env = await recorded();
    await env.outbox.record([makeMessage({ key: 'reminded:x' })], T0);
    const deps = env.invocation();
    let failed = false;
    const claim: typeof deps.outbox.claim = (claimed, now, lease) => {
      if (failed) return deps.outbox.claim(claimed, now, lease);
      failed = true;
      return Promise.reject(new Error('Forge SQL is unavailable'));
    };
    expect(await deliverMessages({ ...deps, outbox: { ...deps.outbox, claim } }, [ref, { issueId: '10001', key: 'reminded:x' }])).toEqual({ sent: 1, retrying: 1, gaveUp: 0, paused: 0 });
    expect(console.error).toHaveBeenCalledWith('Message route of complaint 10001: the delivery failed; the next sweep tries again', expect.any(Error));
    expect(await env.outbox.listDue(T0, 10)).toEqual([ref]);
  });
});
