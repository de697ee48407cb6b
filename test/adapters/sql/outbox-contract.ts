import type { Kysely } from 'kysely';
import type { AppError } from '../../../src/domain/app-error';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import type { MessageOutbox, OutboxMessage } from '../../../src/ports/message-outbox.port';
import type { Store } from '../../../src/ports/store.port';
import { T0 } from '../../domain/factories';

/** A fresh, empty database with the store (for its migrations), an outbox, a second outbox over the same database, and Kysely on it. */
export interface OutboxHarness {
  readonly store: Store;
  readonly outbox: MessageOutbox;
  readonly twin: () => MessageOutbox;
  readonly db: Kysely<StoreDatabase>;
}

const MINUTE = 60_000;
const LEASE = T0 + 16 * MINUTE;

export const makeMessage = (overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
  issueId: '10001',
  key: 'route',
  issueKey: 'CMP-1',
  to: { accountIds: ['lead-billing', 'advocate-billing'], groups: [] },
  message: { kind: 'routed', routeReason: 'lead' },
  facts: { issueKey: 'CMP-1', departmentName: 'Billing' },
  ...overrides,
});

const storeError = { name: 'AppError', code: 'STORE_ERROR' } as Partial<AppError>;

/** The behaviour every engine behind the MessageOutbox port must show; `open` gives a fresh database each test. */
export const describeOutboxContract = (engine: string, open: () => OutboxHarness): void => {
  describe(`MessageOutbox contract on ${engine}`, () => {
    let h: OutboxHarness;
    let outbox: MessageOutbox;
    beforeEach(async () => {
      h = open();
      outbox = h.outbox;
      await h.store.migrate();
    });

    const ref = { issueId: '10001', key: 'route' };
    const rowOf = (key = 'route') => h.db.selectFrom('message').selectAll().where('issue_id', '=', '10001').where('message_key', '=', key).executeTakeFirstOrThrow();

    describe('record', () => {
      it('records each (issue, key) once, the first write winning, and answers the keys this call recorded', async () => {
        expect(await outbox.record([makeMessage(), makeMessage({ key: 'changelog:1:status' })], T0)).toEqual(['route', 'changelog:1:status']);
        const other = makeMessage({ to: { accountIds: ['someone-else'], groups: [] } });
        expect(await outbox.record([other, makeMessage({ key: 'reminded:a' }), makeMessage({ key: 'reminded:a' })], T0 + 1)).toEqual(['reminded:a']);
        expect(await outbox.record([makeMessage({ issueId: '20002' })], T0)).toEqual(['route']);
        expect(await outbox.record([], T0)).toEqual([]);
        expect((await outbox.claim(ref, T0, LEASE))?.to).toEqual(makeMessage().to);
      });

      it('keeps a message whole: recipients, message and facts come back as recorded', async () => {
        const message = makeMessage({
          key: 'reminded:reminder.in_progress.deadline:2026-03-13',
          to: { accountIds: ['712020:5b10ac8d-82e0-5b22-cc7d-4ef5a9d0c3e7'], groups: ['Sales, EMEA', '100% done', 'Продажі'] },
          message: { kind: 'reminder', reason: 'reminder.in_progress.deadline', dueDate: '2026-03-13' },
          facts: { issueKey: 'CMP-1', departmentName: null },
        });
        await outbox.record([message], T0);
        expect(await outbox.claim(message, T0, LEASE)).toEqual({ ...message, attempts: 0, lease: LEASE });
      });

      it('refuses a call with an over-long key, recording nothing of it', async () => {
        await expect(outbox.record([makeMessage({ key: 'fits' }), makeMessage({ key: 'k'.repeat(129) })], T0)).rejects.toMatchObject(storeError);
        expect(await outbox.listDue(T0, 10)).toEqual([]);
      });
    });

    describe('claim', () => {
      beforeEach(() => outbox.record([makeMessage()], T0));

      it('gives a recorded message to one delivery until its lease ends, then to the next', async () => {
        expect(await outbox.claim(ref, T0, LEASE)).toMatchObject({ key: 'route', attempts: 0, lease: LEASE });
        expect(await outbox.claim(ref, T0 + MINUTE, T0 + 17 * MINUTE)).toBeNull();
        expect(await outbox.claim(ref, LEASE, LEASE + 16 * MINUTE)).toMatchObject({ lease: LEASE + 16 * MINUTE });
      });

      it('gives a message to exactly one of several concurrent deliveries', async () => {
        const claims = await Promise.all([outbox, h.twin(), h.twin()].map((o, i) => o.claim(ref, T0 + i, LEASE + i)));
        expect(claims.filter((c) => c !== null)).toHaveLength(1);
      });

      it('gives nothing for a message it does not hold', async () => {
        expect(await outbox.claim({ issueId: '10001', key: 'missing' }, T0, LEASE)).toBeNull();
        expect(await outbox.claim({ issueId: '99999', key: 'route' }, T0, LEASE)).toBeNull();
      });

      it('gives nothing before the message is due', async () => {
        expect(await outbox.claim(ref, T0 - 1, LEASE)).toBeNull();
      });

      it('refuses a lease that ends before it begins', async () => {
        await expect(outbox.claim(ref, T0, T0)).rejects.toMatchObject({ code: 'INTERNAL' });
      });
    });

    describe('finish', () => {
      beforeEach(async () => {
        await outbox.record([makeMessage()], T0);
        await outbox.claim(ref, T0, LEASE);
      });

      it('marks the message sent for the lease holder only; a sent message is never claimed again', async () => {
        expect(await outbox.finish(ref, LEASE + 1, { state: 'sent', at: T0 + 5 })).toBe(false);
        expect(await outbox.finish(ref, LEASE, { state: 'sent', at: T0 + 5 })).toBe(true);
        expect(await outbox.finish(ref, LEASE, { state: 'sent', at: T0 + 6 })).toBe(false);
        expect(await outbox.claim(ref, LEASE + MINUTE, LEASE + 2 * MINUTE)).toBeNull();
        expect(await outbox.listDue(LEASE + MINUTE, 10)).toEqual([]);
        // What was sent is Jira's now; the row keeps only the key and the times.
        expect(await rowOf()).toMatchObject({ payload: '', claimed_until: null });
        expect([(await rowOf()).created_at, (await rowOf()).settled_at].map(Number)).toEqual([T0, T0 + 5]);
      });

      it('leaves a failed message pending until its next attempt, with the count and the error', async () => {
        expect(await outbox.finish(ref, LEASE, { state: 'pending', attempts: 1, nextAttemptAt: T0 + 5 * MINUTE, error: 'e'.repeat(300) })).toBe(true);
        expect(await outbox.claim(ref, T0 + 5 * MINUTE - 1, LEASE)).toBeNull();
        expect(await outbox.listDue(T0 + 5 * MINUTE - 1, 10)).toEqual([]);
        expect(await outbox.listDue(T0 + 5 * MINUTE, 10)).toEqual([ref]);
        expect(await outbox.claim(ref, T0 + 5 * MINUTE, LEASE + 5 * MINUTE)).toMatchObject({ attempts: 1 });
        expect((await rowOf()).last_error).toBe('e'.repeat(255));
      });

      it('gives a message up for good, and the health check lists the latest give-ups first', async () => {
        expect(await outbox.finish(ref, LEASE, { state: 'gave_up', at: T0 + 1, attempts: 10, error: 'Jira answered 500' })).toBe(true);
        await outbox.record([makeMessage({ issueId: '20002', issueKey: 'CMP-2' }), makeMessage({ key: 'reminded:b' }), makeMessage({ key: 'reminded:c' })], T0);
        const later = { issueId: '20002', key: 'route' };
        await outbox.claim(later, T0, LEASE);
        await outbox.finish(later, LEASE, { state: 'gave_up', at: T0 + 2, attempts: 1, error: 'Jira answered 404: Issue does not exist' });
        expect(await outbox.claim(ref, LEASE, LEASE + 1)).toBeNull();
        expect(await outbox.health(5)).toEqual({
          pending: 2,
          gaveUp: 2,
          lastGiveUps: [
            { issueId: '20002', key: 'route', issueKey: 'CMP-2', reason: 'Jira answered 404: Issue does not exist', at: T0 + 2 },
            { issueId: '10001', key: 'route', issueKey: 'CMP-1', reason: 'Jira answered 500', at: T0 + 1 },
          ],
        });
        expect((await outbox.health(1)).lastGiveUps.map((g) => g.issueKey)).toEqual(['CMP-2']);
      });
    });

    describe('prune', () => {
      const sendAt = async (key: string, at: number) => {
        await outbox.record([makeMessage({ key })], T0);
        await outbox.claim({ issueId: '10001', key }, at, at + MINUTE);
        await outbox.finish({ issueId: '10001', key }, at + MINUTE, { state: 'sent', at });
      };

      it('forgets sent messages before the moment, an hour’s slice from the oldest at a time, and nothing else', async () => {
        const HOUR = 60 * MINUTE;
        await sendAt('a', T0);
        await sendAt('b', T0 + 30 * MINUTE);
        await sendAt('c', T0 + 2 * HOUR);
        await sendAt('d', T0 + 5 * HOUR);
        await outbox.record([makeMessage({ key: 'pending' }), makeMessage({ key: 'given-up' })], T0);
        await outbox.claim({ issueId: '10001', key: 'given-up' }, T0, LEASE);
        await outbox.finish({ issueId: '10001', key: 'given-up' }, LEASE, { state: 'gave_up', at: T0, attempts: 1, error: '404' });
        const keys = async () => (await h.db.selectFrom('message').select('message_key').orderBy('message_key').execute()).map((r) => r.message_key);

        expect(await outbox.prune(T0 + 3 * HOUR, HOUR)).toBe(2);
        expect(await keys()).toEqual(['c', 'd', 'given-up', 'pending']);
        expect(await outbox.prune(T0 + 3 * HOUR, HOUR)).toBe(1);
        expect(await outbox.prune(T0 + 3 * HOUR, HOUR)).toBe(0);
        expect(await keys()).toEqual(['d', 'given-up', 'pending']);
        // Once forgotten, a key may be recorded again.
        expect(await outbox.record([makeMessage({ key: 'a' })], T0 + 6 * HOUR)).toEqual(['a']);
      });

      it('forgets nothing in an outbox without sent messages', async () => {
        expect(await outbox.prune(T0, MINUTE)).toBe(0);
      });
    });

    describe('listDue', () => {
      it('lists the pending messages due and free, longest waiting first (ties by issue and key), up to the limit', async () => {
        await outbox.record([makeMessage({ issueId: '3', key: 'b' }), makeMessage({ issueId: '3', key: 'a' })], T0 + 2);
        await outbox.record([makeMessage({ issueId: '2', key: 'z' })], T0 + 1);
        await outbox.record([makeMessage({ issueId: '1', key: 'later' })], T0 + 10);
        await outbox.record([makeMessage({ issueId: '4', key: 'held' })], T0);
        await outbox.claim({ issueId: '4', key: 'held' }, T0, LEASE);
        expect(await outbox.listDue(T0 + 5, 10)).toEqual([
          { issueId: '2', key: 'z' },
          { issueId: '3', key: 'a' },
          { issueId: '3', key: 'b' },
        ]);
        expect(await outbox.listDue(T0 + 5, 1)).toEqual([{ issueId: '2', key: 'z' }]);
        expect(await outbox.listDue(LEASE, 10)).toHaveLength(5);
      });

      it('counts nothing in an empty outbox', async () => {
        expect(await outbox.listDue(T0, 10)).toEqual([]);
        expect(await outbox.health(5)).toEqual({ pending: 0, gaveUp: 0, lastGiveUps: [] });
      });
    });
  });
};
