import type { AdvocateQueueSource } from '../../../src/ports/advocate-queue.port';
import type { ComplaintRecord, Store } from '../../../src/ports/store.port';
import { T0 } from '../../domain/factories';
import { makeRecord } from './store-contract';

/** A fresh, empty database with the store (to migrate and write rows) and the queue's source over it. */
export interface AdvocateQueueHarness {
  readonly store: Store;
  readonly source: AdvocateQueueSource;
}

const HOUR = 3_600_000;
const NOW = T0 + 3 * HOUR;
const DUE_BEFORE = NOW + 24 * HOUR;
const FAR = NOW + 100 * HOUR;

/** One row per reason and one per way of not qualifying, keyed by what they show. */
const ROWS: readonly Partial<ComplaintRecord>[] = [
  { issueKey: 'CMP-1', status: 'in_progress', returns: 1, dueAt: FAR },
  { issueKey: 'CMP-2', status: 'registered', dueAt: DUE_BEFORE },
  { issueKey: 'CMP-3', status: 'measures_done', dueAt: FAR },
  { issueKey: 'CMP-4', responsibleAccountId: null, departmentId: null, dueAt: FAR },
  { issueKey: 'CMP-5', status: 'in_progress', dueAt: NOW - 1 },
  { issueKey: 'CMP-6', status: 'in_progress', escalationLevel: 1, dueAt: FAR },
  { issueKey: 'CMP-7', status: 'in_progress', reopens: 2, dueAt: FAR },
  // Not candidates: closed whatever else holds, on time, due just after the window, registered after an old return.
  { issueKey: 'CMP-8', status: 'closed', escalationLevel: 2, responsibleAccountId: null, dueAt: null, closedAt: T0, resolution: 'done' },
  { issueKey: 'CMP-9', status: 'in_progress', dueAt: FAR },
  { issueKey: 'CMP-10', status: 'registered', dueAt: DUE_BEFORE + 1 },
  { issueKey: 'CMP-11', status: 'registered', returns: 1, dueAt: FAR },
  { issueKey: 'CMP-12', status: 'registered', dueAt: null },
];

const save = async (store: Store, rows: readonly Partial<ComplaintRecord>[]) => {
  for (const [i, row] of rows.entries()) {
    const issueId = String(10_001 + i);
    expect(await store.saveComplaint(makeRecord({ issueId, createdAt: T0 - i * HOUR, statusChangedAt: T0 - i * HOUR, ...row }), 0)).toBe(true);
  }
};

/** The behaviour every engine behind the AdvocateQueueSource port must show; `open` gives a fresh database each test. */
export const describeAdvocateQueueContract = (engine: string, open: () => AdvocateQueueHarness): void => {
  describe(`AdvocateQueueSource contract on ${engine}`, () => {
    let h: AdvocateQueueHarness;
    beforeEach(async () => {
      h = open();
      await h.store.migrate();
      await save(h.store, ROWS);
    });

    const list = (limit = 100) => h.source.listAwaitingAdvocate({ now: NOW, dueBefore: DUE_BEFORE, limit });

    it('answers the open complaints that may await the advocate, the most urgent reasons first', async () => {
      expect((await list()).map((c) => c.issueKey)).toEqual(['CMP-6', 'CMP-5', 'CMP-4', 'CMP-3', 'CMP-2', 'CMP-1', 'CMP-7']);
    });

    it('cuts at the limit, keeping the most urgent', async () => {
      expect((await list(3)).map((c) => c.issueKey)).toEqual(['CMP-6', 'CMP-5', 'CMP-4']);
      expect(await list(0)).toEqual([]);
    });

    it('reads back the columns the queue needs, as written', async () => {
      const byKey = new Map((await list()).map((c) => [c.issueKey, c]));
      expect(byKey.get('CMP-4')).toEqual({
        issueId: '10004',
        issueKey: 'CMP-4',
        departmentId: null,
        status: 'registered',
        responsibleAccountId: null,
        returns: 0,
        reopens: 0,
        createdAt: T0 - 3 * HOUR,
        statusChangedAt: T0 - 3 * HOUR,
        dueAt: FAR,
        escalationLevel: 0,
      });
      expect(byKey.get('CMP-7')).toMatchObject({ departmentId: 'billing', status: 'in_progress', responsibleAccountId: 'lead-billing', reopens: 2, escalationLevel: 0 });
    });
  });
};
