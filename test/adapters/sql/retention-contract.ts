import { createSqlMessageOutbox } from '../../../src/adapters/sql/sql-message-outbox';
import type { ComplaintRecord, KeyedTrailEntry, Store } from '../../../src/ports/store.port';
import { makeTrailEntry, T0 } from '../../domain/factories';
import { makeMessage } from './outbox-contract';
import { makeRecord, type StoreHarness } from './store-contract';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CUTOFF = T0 - 30 * DAY;

/** The store's part in keeping the trail bounded (`listTrimmable`, `trimTrails`, `rollTrail`), run on each engine like the store contract. */
export const describeRetentionContract = (engine: string, open: () => StoreHarness): void => {
  describe(`Store retention on ${engine}`, () => {
    let store: Store;
    let twin: () => Store;
    let h: StoreHarness;
    const seed = async (issueId: string, overrides: Partial<ComplaintRecord>, entries = 2) => {
      await store.saveComplaint(makeRecord({ issueId, ...overrides }), 0);
      await store.appendTrail(Array.from({ length: entries }, (_, i) => ({ ...makeTrailEntry({ issueId, at: T0 - 90 * DAY + i }), key: `e${i}` })));
    };
    const closed = (closedAt: number): Partial<ComplaintRecord> => ({ status: 'closed', resolution: 'done', createdAt: closedAt - 10 * DAY, closedAt });

    beforeEach(async () => {
      h = open();
      ({ store, twin } = h);
      await store.migrate();
      await seed('c-late', closed(CUTOFF - DAY));
      await seed('b-early', closed(CUTOFF - 5 * DAY), 3);
      await seed('a-early', closed(CUTOFF - 5 * DAY));
      await seed('recent', closed(CUTOFF + DAY));
      await seed('open', { status: 'in_progress', createdAt: CUTOFF - 60 * DAY, closedAt: null });
    });

    it('lists complaints closed before the cutoff, earliest closed first, then by id, a page at a time', async () => {
      expect(await store.listTrimmable({ closedBefore: CUTOFF, limit: 2 })).toEqual(['a-early', 'b-early']);
      expect(await store.listTrimmable({ closedBefore: CUTOFF, limit: 10 })).toEqual(['a-early', 'b-early', 'c-late']);
      expect(await store.listTrimmable({ closedBefore: CUTOFF - 5 * DAY, limit: 10 })).toEqual([]);
    });

    it('deletes the trails of those it is given and takes them off the list, keeping their index rows', async () => {
      expect(await store.trimTrails(['a-early', 'b-early'], CUTOFF)).toBe(2);
      expect(await store.trailOf('a-early')).toEqual([]);
      expect(await store.trailOf('b-early')).toEqual([]);
      expect(await store.trailOf('c-late')).toHaveLength(2);
      expect(await store.listTrimmable({ closedBefore: CUTOFF, limit: 10 })).toEqual(['c-late']);
      expect(await store.getComplaint('a-early')).toEqual(makeRecord({ issueId: 'a-early', ...closed(CUTOFF - 5 * DAY) }));
    });

    it('leaves alone a complaint that is open, closed since the cutoff, or trimmed already', async () => {
      await store.trimTrails(['a-early'], CUTOFF);
      expect(await store.trimTrails(['a-early', 'recent', 'open'], CUTOFF)).toBe(0);
      expect(await store.trailOf('recent')).toHaveLength(2);
      expect(await store.trailOf('open')).toHaveLength(2);
      expect(await store.trimTrails([], CUTOFF)).toBe(0);
    });

    it('lists a trimmed complaint again once it has been written since, as after a reopen and a new close', async () => {
      await store.trimTrails(['a-early'], CUTOFF);
      const row = await store.getComplaint('a-early');
      await store.saveComplaint({ ...(row as ComplaintRecord), reopens: 1, version: 2 }, 1);
      await store.appendTrail([{ ...makeTrailEntry({ issueId: 'a-early', kind: 'reopened' }), key: 'reopen' }]);
      expect(await store.listTrimmable({ closedBefore: CUTOFF, limit: 1 })).toEqual(['a-early']);
      expect(await store.trimTrails(['a-early'], CUTOFF)).toBe(1);
      expect(await store.trailOf('a-early')).toEqual([]);
    });

    it('refuses more than 100 ids at once', async () => {
      const ids = Array.from({ length: 101 }, (_, i) => String(i));
      await expect(store.trimTrails(ids, CUTOFF)).rejects.toMatchObject({ code: 'INTERNAL' });
    });

    describe('forgetting complaints past the index horizon', () => {
      const LEASE = T0 + 60_000;
      const messageKeys = async () => (await h.db.selectFrom('message').select(['issue_id', 'message_key']).orderBy('issue_id').orderBy('message_key').execute()).map((r) => `${r.issue_id}/${r.message_key}`);

      it('lists only trimmed complaints closed before the moment, earliest closed first', async () => {
        expect(await store.listForgettable({ closedBefore: CUTOFF, limit: 10 })).toEqual([]);
        await store.trimTrails(['a-early', 'b-early', 'c-late'], CUTOFF);
        expect(await store.listForgettable({ closedBefore: CUTOFF, limit: 2 })).toEqual(['a-early', 'b-early']);
        expect(await store.listForgettable({ closedBefore: CUTOFF - 2 * DAY, limit: 10 })).toEqual(['a-early', 'b-early']);
      });

      it('deletes their rows and settled messages, keeping pending messages and every other complaint', async () => {
        await store.trimTrails(['a-early', 'b-early', 'c-late'], CUTOFF);
        const outbox = createSqlMessageOutbox(h.db);
        await outbox.record([makeMessage({ issueId: 'a-early', key: 'sent' }), makeMessage({ issueId: 'a-early', key: 'gave-up' }), makeMessage({ issueId: 'a-early', key: 'pending' })], T0);
        await outbox.record([makeMessage({ issueId: 'c-late', key: 'sent' })], T0);
        for (const [issueId, key, result] of [
          ['a-early', 'sent', { state: 'sent', at: T0 }],
          ['a-early', 'gave-up', { state: 'gave_up', attempts: 5, error: 'no', at: T0 }],
          ['c-late', 'sent', { state: 'sent', at: T0 }],
        ] as const) {
          await outbox.claim({ issueId, key }, T0, LEASE);
          await outbox.finish({ issueId, key }, LEASE, result);
        }
        expect(await store.forgetComplaints(['a-early', 'c-late', 'recent', 'open'], CUTOFF - 2 * DAY)).toBe(1);
        expect(await store.getComplaint('a-early')).toBeNull();
        expect(await messageKeys()).toEqual(['a-early/pending', 'c-late/sent']);
        for (const kept of ['b-early', 'c-late', 'recent', 'open']) expect(await store.getComplaint(kept)).not.toBeNull();
        expect(await store.forgetComplaints(['a-early'], CUTOFF)).toBe(0);
        expect(await store.forgetComplaints([], CUTOFF)).toBe(0);
      });

      it('keeps a complaint written since it was trimmed, as after a reopen', async () => {
        await store.trimTrails(['a-early'], CUTOFF);
        const row = await store.getComplaint('a-early');
        await store.saveComplaint({ ...(row as ComplaintRecord), version: 2 }, 1);
        expect(await store.forgetComplaints(['a-early'], CUTOFF)).toBe(0);
        expect(await store.getComplaint('a-early')).not.toBeNull();
      });

      it('refuses more than 100 ids at once', async () => {
        await expect(store.forgetComplaints(Array.from({ length: 101 }, (_, i) => String(i)), CUTOFF)).rejects.toMatchObject({ code: 'INTERNAL' });
      });

      it('records the latest horizon applied, which an earlier one does not move back', async () => {
        expect((await store.horizons()).deleted_before).toBeNull();
        await store.recordHorizon('deleted_before', CUTOFF);
        await store.recordHorizon('trimmed_before', CUTOFF - 2 * DAY);
        await Promise.all([twin().recordHorizon('deleted_before', CUTOFF + DAY), store.recordHorizon('deleted_before', CUTOFF - DAY)]);
        expect((await store.horizons()).deleted_before).toBe(CUTOFF + DAY);
        expect((await store.horizons()).trimmed_before).toBe(CUTOFF - 2 * DAY);
      });
    });

    describe('rollTrail', () => {
      const reminder = (at: number, recipients: string[] = ['assignee']): KeyedTrailEntry => ({
        ...makeTrailEntry({ issueId: 'open', at, kind: 'reminded', reason: 'reminder.registered', recipients }),
        key: 'reminded:reminder.registered:since:0',
      });
      const rolled = async () => (await store.trailOf('open')).filter((e) => e.kind === 'reminded');

      it('writes the first reminder as a row of one, then rolls each later day onto it', async () => {
        expect(await store.rollTrail(reminder(T0), T0 - HOUR)).toBe(true);
        expect(await rolled()).toEqual([{ ...reminder(T0), times: 1 }]);
        expect(await store.rollTrail(reminder(T0 + DAY, ['assignee', 'advocate']), T0 + DAY - HOUR)).toBe(true);
        expect(await store.rollTrail(reminder(T0 + 2 * DAY), T0 + 2 * DAY - HOUR)).toBe(true);
        expect(await rolled()).toEqual([{ ...reminder(T0 + 2 * DAY), times: 3 }]);
      });

      it('refuses a second reminder on a day the row already holds one, whoever asks', async () => {
        await store.rollTrail(reminder(T0), T0 - HOUR);
        const [mine, theirs] = await Promise.all([store.rollTrail(reminder(T0 + DAY), T0 + DAY - HOUR), twin().rollTrail(reminder(T0 + DAY), T0 + DAY - HOUR)]);
        expect([mine, theirs].filter(Boolean)).toEqual([true]);
        expect(await store.rollTrail(reminder(T0 + DAY + HOUR), T0 + DAY - HOUR)).toBe(false);
        expect(await rolled()).toEqual([{ ...reminder(T0 + DAY), times: 2 }]);
      });
    });
  });
};