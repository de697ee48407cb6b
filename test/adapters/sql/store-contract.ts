import type { Kysely } from 'kysely';
import type { AppError } from '../../../src/domain/app-error';
import { TRIAGE } from '../../../src/domain/metrics/metrics-query';
import { runMigrations } from '../../../src/adapters/sql/migrator';
import type { SqlEngine } from '../../../src/adapters/sql/sql-engine';
import { toComplaintRow } from '../../../src/adapters/sql/complaint-row';
import { createSqlStore, DEFAULT_TIMINGS } from '../../../src/adapters/sql/sql-store';
import { STORE_MIGRATIONS } from '../../../src/adapters/sql/store-migrations';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import type { ComplaintRecord, KeyedTrailEntry, Store } from '../../../src/ports/store.port';
import { WIDTH } from '../../../src/adapters/sql/store-schema';
import { MAX_DUE_PER_SWEEP } from '../../../src/usecases/sweep/run-sweep';
import { makeComplaint, makeTrailEntry, T0 } from '../../domain/factories';

/** A fresh, empty database with a store over it, a second store over the same one, and Kysely on it. */
export interface StoreHarness {
  readonly store: Store;
  readonly twin: () => Store;
  readonly db: Kysely<StoreDatabase>;
  readonly engine: SqlEngine;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

export const makeRecord = (overrides: Partial<ComplaintRecord> = {}): ComplaintRecord => ({
  ...makeComplaint(),
  nextDueAt: null,
  dueAt: null,
  escalationLevel: 0,
  sharedMeasures: null,
  routedAt: null,
  routeAttempts: 0,
  jiraUpdatedAt: T0,
  version: 1,
  ...overrides,
});

const entry = (overrides: Partial<KeyedTrailEntry> = {}): KeyedTrailEntry => ({ ...makeTrailEntry(), key: 'route', ...overrides });

const storeError = { name: 'AppError', code: 'STORE_ERROR' } as Partial<AppError>;

/** Every field set, with the values most likely to come back changed. */
const fullRecord = makeRecord({
  issueId: '10042',
  issueKey: 'CMP-42',
  departmentId: 'billing',
  subject: { kind: 'employee', accountId: '712020:5b10ac8d-82e0-5b22-cc7d-4ef5a9d0c3e7' },
  channel: 'in_person',
  anonymous: true,
  status: 'closed',
  resolution: 'withdrawn',
  assigneeAccountId: 'lead-billing',
  responsibleAccountId: '712020:9f2c1a7e-1d44-4c3a-8b1e-0a6f2d9c7e55',
  reporterAccountId: 'registrar-1',
  measures: 'Refund the fee; call back — “today”',
  measuresDeadline: '2026-03-13',
  actionTaken: 'Refunded 19.99',
  compensation: 1234.5678,
  satisfaction: 5,
  consideredResolved: true,
  returns: 2,
  reopens: 3,
  followUpOf: 'CMP-7',
  createdAt: T0,
  statusChangedAt: T0 + DAY,
  firstActionAt: T0 + MINUTE,
  closedAt: T0 + 2 * DAY,
  nextDueAt: T0 + 3 * DAY,
  dueAt: T0 + 4 * DAY,
  escalationLevel: 2,
  routedAt: T0 + 1,
  routeAttempts: 4,
  // The largest integer a double keeps exactly: a BIGINT column must hand it back unchanged.
  jiraUpdatedAt: Number.MAX_SAFE_INTEGER,
  version: 1,
});

const emptyRecord = makeRecord({
  issueId: '10043',
  departmentId: null,
  subject: null,
  channel: null,
  anonymous: false,
  resolution: null,
  assigneeAccountId: null,
  reporterAccountId: null,
  consideredResolved: null,
});

/** The behaviour every engine behind the Store port must show; `open` gives a fresh database each test. */
export const describeStoreContract = (engine: string, open: () => StoreHarness): void => {
  describe(`Store contract on ${engine}`, () => {
    let h: StoreHarness;
    let store: Store;
    beforeEach(() => {
      h = open();
      store = h.store;
    });

    const ALL_STEPS = STORE_MIGRATIONS.map((step) => step.name).sort();
    const ledger = async () => (await h.db.selectFrom('schema_migrations').select('name').orderBy('name').execute()).map((r) => r.name);

    describe('migrate', () => {
      it('creates the schema once, however often it runs', async () => {
        await store.migrate();
        await store.migrate();
        expect(await ledger()).toEqual(ALL_STEPS);
        expect(await store.saveComplaint(makeRecord(), 0)).toBe(true);
      });

      it('lets two runners race on an empty database', async () => {
        await Promise.all([store.migrate(), h.twin().migrate()]);
        expect(await ledger()).toEqual(ALL_STEPS);
        await store.appendTrail([entry()]);
        expect(await store.trailOf('10001')).toHaveLength(1);
      });

      it('accepts a failed step that another runner recorded meanwhile, and fails on one nobody did', async () => {
        await store.migrate();
        const finishedElsewhere = {
          name: '003-elsewhere',
          up: async (db: Kysely<StoreDatabase>) => {
            await db.insertInto('schema_migrations').values({ name: '003-elsewhere', applied_at: T0 }).execute();
            throw new Error('index already exists');
          },
        };
        await expect(runMigrations(h.db, h.engine, [finishedElsewhere], DEFAULT_TIMINGS)).resolves.toBeUndefined();
        const broken = { name: '004-broken', up: () => Promise.reject(new Error('syntax error')) };
        await expect(runMigrations(h.db, h.engine, [broken], DEFAULT_TIMINGS)).rejects.toThrow('syntax error');
        expect(await ledger()).toEqual([...ALL_STEPS, '003-elsewhere'].sort());
      });

      it('gives a trail written before the rating columns those columns, however often the step runs', async () => {
        const rating = STORE_MIGRATIONS.find((step) => step.name === '005-trail-call-rating');
        await runMigrations(h.db, h.engine, STORE_MIGRATIONS.filter((step) => step.name < '005'), DEFAULT_TIMINGS);
        await h.db
          .insertInto('complaint_trail')
          .values({ issue_id: '10001', entry_key: 'old', seq: 1, at: T0, kind: 1, actor_account_id: null, reason: 'routing.lead', recipients: '', level: null, status: 1, note: null })
          .execute();
        await store.migrate();
        await rating?.up(h.db, h.engine, DEFAULT_TIMINGS);
        await store.appendTrail([entry({ key: 'call:0', kind: 'call_recorded', status: 'closed', satisfaction: 3, consideredResolved: true })]);
        expect((await store.trailOf('10001')).map((e) => [e.key, e.satisfaction, e.consideredResolved])).toEqual([
          ['old', undefined, undefined],
          ['call:0', 3, true],
        ]);
      });

      it('runs only the steps not yet recorded, in order', async () => {
        const ran: string[] = [];
        const step = (name: string) => ({ name, up: () => Promise.resolve(void ran.push(name)) });
        await runMigrations(h.db, h.engine, [step('a'), step('b')], DEFAULT_TIMINGS);
        await runMigrations(h.db, h.engine, [step('a'), step('b'), step('c')], DEFAULT_TIMINGS);
        expect(ran).toEqual(['a', 'b', 'c']);
      });
    });

    describe('before migrating', () => {
      it('reports a database error as STORE_ERROR with the cause', async () => {
        const failure = store.getComplaint('10001');
        await expect(failure).rejects.toMatchObject(storeError);
        await expect(failure).rejects.toHaveProperty('cause.message', expect.stringContaining('complaint'));
      });
    });

    describe('with the schema', () => {
      beforeEach(() => store.migrate());

      describe('saveComplaint', () => {
        it('inserts a new complaint at version 0 and refuses a second insert', async () => {
          expect(await store.saveComplaint(makeRecord({ measures: 'first' }), 0)).toBe(true);
          expect(await store.saveComplaint(makeRecord({ measures: 'second' }), 0)).toBe(false);
          expect((await store.getComplaint('10001'))?.measures).toBe('first');
        });

        it('updates only over the expected version', async () => {
          await store.saveComplaint(makeRecord(), 0);
          expect(await store.saveComplaint(makeRecord({ status: 'in_progress', version: 2 }), 1)).toBe(true);
          expect(await store.saveComplaint(makeRecord({ status: 'closed', version: 2 }), 1)).toBe(false);
          expect(await store.getComplaint('10001')).toEqual(makeRecord({ status: 'in_progress', version: 2 }));
        });

        it('refuses to update a complaint that is not there', async () => {
          expect(await store.saveComplaint(makeRecord({ version: 2 }), 1)).toBe(false);
          expect(await store.getComplaint('10001')).toBeNull();
        });

        it('rejects a version that does not rise by one, writing nothing', async () => {
          await expect(store.saveComplaint(makeRecord({ version: 1 }), 1)).rejects.toMatchObject({ code: 'INTERNAL' });
          await expect(store.saveComplaint(makeRecord({ version: 3 }), 0)).rejects.toMatchObject({ code: 'INTERNAL' });
          expect(await store.getComplaint('10001')).toBeNull();
        });

        it.each([
          ['every field set', fullRecord],
          ['every nullable field null', emptyRecord],
          ['a service subject and a considered-unresolved answer', makeRecord({ subject: { kind: 'service', name: 'Cards, debit' }, consideredResolved: false, compensation: 0.1 + 0.2 })],
          ['a negative compensation and the lowest satisfaction', makeRecord({ compensation: -0.01, satisfaction: 1 })],
        ])('reads back %s unchanged', async (_name, record) => {
          await store.saveComplaint(record, 0);
          expect(await store.getComplaint(record.issueId)).toEqual(record);
        });

        it('cuts over-long free text to its column, counting characters as MySQL does', async () => {
          const emoji = '😀'.repeat(1000); // 2000 UTF-16 units but 1000 characters: it fits
          await store.saveComplaint(makeRecord({ measures: 'm'.repeat(1500), actionTaken: emoji }), 0);
          const saved = await store.getComplaint('10001');
          expect(saved?.measures).toBe('m'.repeat(1000));
          expect(saved?.actionTaken).toBe(emoji);
        });

        it('refuses an identifier longer than its column, on every engine alike, counting characters', async () => {
          await expect(store.saveComplaint(makeRecord({ issueKey: `CMP-${'9'.repeat(40)}` }), 0)).rejects.toMatchObject(storeError);
          expect(await store.getComplaint('10001')).toBeNull();
          const wide = `CMP-${'😀'.repeat(28)}`; // 32 characters in 60 UTF-16 units: the column's width exactly
          expect(await store.saveComplaint(makeRecord({ issueKey: wide }), 0)).toBe(true);
          expect((await store.getComplaint('10001'))?.issueKey).toBe(wide);
        });
      });

      describe('timings at write', () => {
        const timingsOf = async (issueId: string) => {
          const row = await h.db.selectFrom('complaint').select(['first_action_days', 'close_days', 'response_due_at', 'subject_key']).where('issue_id', '=', issueId).executeTakeFirstOrThrow();
          // Forge SQL answers a BIGINT as a string (its values are JSON); the store's readers take either.
          const dueAt: unknown = row.response_due_at;
          return { ...row, response_due_at: dueAt === null ? null : Number(dueAt) };
        };

        it('works out business days and the subject key when a complaint is written, and again when it changes', async () => {
          // T0 is Monday 09:00 in London (GMT), where the default calendar opens at 09:00 for 9 hours.
          await store.saveComplaint(makeRecord({ subject: { kind: 'service', name: ' Card  PAYMENTS ' }, firstActionAt: T0 + 3 * 3_600_000 }), 0);
          expect(await timingsOf('10001')).toEqual({ first_action_days: 3 / 9, close_days: null, response_due_at: null, subject_key: 'service:card payments' });
          // Closed on Wednesday 18:00: two and a third business days after it was registered.
          await store.saveComplaint(makeRecord({ status: 'closed', resolution: 'done', firstActionAt: T0 + 3 * 3_600_000, closedAt: T0 + 2 * DAY + 9 * 3_600_000, version: 2 }), 1);
          expect(await timingsOf('10001')).toMatchObject({ close_days: 3, subject_key: 'service:invoices' });
        });

        it('fills in the timings of rows written before the store kept them, however often the step runs', async () => {
          const step = STORE_MIGRATIONS.find((m) => m.name === '008-complaint-timings');
          const old = toComplaintRow(makeRecord({ issueId: '10002', subject: { kind: 'employee', accountId: 'agent-7' }, firstActionAt: T0 + DAY }), DEFAULT_TIMINGS);
          await h.db.insertInto('complaint').values({ ...old, first_action_days: null, close_days: null, response_due_at: null, subject_key: null }).execute();
          await step?.up(h.db, h.engine, DEFAULT_TIMINGS);
          await step?.up(h.db, h.engine, DEFAULT_TIMINGS);
          expect(await timingsOf('10002')).toEqual({ first_action_days: 1, close_days: null, response_due_at: null, subject_key: 'employee:agent-7' });
        });

        it('takes the response deadline of the preset it is given', async () => {
          const fca = createSqlStore(h.db, h.engine, { ...DEFAULT_TIMINGS, overall: { preset: 'fca', escalateAtShare: 0.8 } });
          await fca.saveComplaint(makeRecord(), 0);
          // Eight weeks: the end of 27 April 2026, in British Summer Time.
          expect((await timingsOf('10001')).response_due_at).toBe(Date.parse('2026-04-27T22:59:59.999Z'));
        });
      });

      describe('getComplaints', () => {
        it('reads the rows it has among the ids', async () => {
          for (const issueId of ['1', '2', '3']) await store.saveComplaint(makeRecord({ issueId }), 0);
          const found = await store.getComplaints(['3', '1', 'missing']);
          expect(found.map((r) => r.issueId).sort()).toEqual(['1', '3']);
          expect(await store.getComplaints([])).toEqual([]);
        });

        it('reads only the columns the reconciliation compares with Jira, each unchanged', async () => {
          await store.saveComplaint(fullRecord, 0);
          await store.saveComplaint(emptyRecord, 0);
          const found = await store.getComplaints([fullRecord.issueId, emptyRecord.issueId]);
          const compared = (r: ComplaintRecord) => ({
            issueId: r.issueId,
            status: r.status,
            resolution: r.resolution,
            assigneeAccountId: r.assigneeAccountId,
            measures: r.measures,
            measuresDeadline: r.measuresDeadline,
            actionTaken: r.actionTaken,
            compensation: r.compensation,
            satisfaction: r.satisfaction,
            consideredResolved: r.consideredResolved,
            routedAt: r.routedAt,
            jiraUpdatedAt: r.jiraUpdatedAt,
          });
          expect([...found].sort((a, b) => a.issueId.localeCompare(b.issueId))).toEqual([compared(fullRecord), compared(emptyRecord)]);
        });

        it('takes at most 100 ids', async () => {
          const ids = Array.from({ length: 101 }, (_, i) => String(i));
          await expect(store.getComplaints(ids)).rejects.toMatchObject({ code: 'INTERNAL' });
          await expect(store.getComplaints(ids.slice(1))).resolves.toEqual([]);
        });
      });

      describe('trail', () => {
        it('stores each (issue, key) once, the first write winning, and answers the keys this call stored', async () => {
          expect(await store.appendTrail([entry({ key: 'a' }), entry({ key: 'b', reason: 'first' })])).toEqual(['a', 'b']);
          expect(await store.appendTrail([entry({ key: 'b', reason: 'second' }), entry({ key: 'c' }), entry({ key: 'c' })])).toEqual(['c']);
          expect(await store.appendTrail([entry({ key: 'a', issueId: '20002' })])).toEqual(['a']);
          expect((await store.trailOf('10001')).map((e) => `${e.key}:${e.reason}`)).toEqual(['a:lead', 'b:first', 'c:lead']);
          expect((await store.trailOf('20002')).map((e) => e.key)).toEqual(['a']);
          expect(await store.appendTrail([])).toEqual([]);
        });

        it('gives a key to exactly one of several concurrent writers', async () => {
          const writers = [store, h.twin(), h.twin()].map((s) => s.appendTrail([entry({ key: 'reminded:reminder.registered:2026-03-03' }), entry({ key: 'escalated' })]));
          const won = (await Promise.all(writers)).flat();
          expect(won.sort()).toEqual(['escalated', 'reminded:reminder.registered:2026-03-03']);
          expect(await store.trailOf('10001')).toHaveLength(2);
        });

        it('reads oldest first, and in the order written when the moments are equal', async () => {
          // Keys against the alphabet, so that no key order can pass for the order written.
          await store.appendTrail([entry({ key: 'late', at: T0 + 2 }), entry({ key: 'z-first', at: T0 }), entry({ key: 'm-second', at: T0 })]);
          await store.appendTrail([entry({ key: 'a-third', at: T0 }), entry({ key: 'middle', at: T0 + 1 })]);
          expect((await store.trailOf('10001')).map((e) => e.key)).toEqual(['z-first', 'm-second', 'a-third', 'middle', 'late']);
        });

        it('reads every field back unchanged, recipients with commas and percent signs too', async () => {
          const entries = [
            entry({ key: 'route', kind: 'routed', actorAccountId: null, reason: 'routing.lead', recipients: ['user:lead-billing'], status: 'registered' }),
            entry({
              key: 'reminded:escalation.registered:2026-03-05',
              at: T0 + DAY,
              kind: 'escalated',
              actorAccountId: 'manager-1',
              reason: 'escalation.registered',
              recipients: ['group:Sales, EMEA', 'group:100% done', 'escalation_manager'],
              level: 1,
              status: 'in_progress',
              note: 'Called twice',
            }),
            entry({ key: 'nudge', at: T0 + 2 * DAY, kind: 'nudged', recipients: [], status: 'measures_done', level: 0 }),
            entry({ key: 'call:0', at: T0 + 3 * DAY, kind: 'call_recorded', reason: 'call.recorded', recipients: [], status: 'closed', satisfaction: 4, consideredResolved: false }),
            entry({ key: 'call:1', at: T0 + 4 * DAY, kind: 'call_recorded', reason: 'call.recorded', recipients: [], status: 'closed', satisfaction: 5, consideredResolved: true }),
          ];
          await store.appendTrail(entries);
          expect(await store.trailOf('10001')).toEqual(entries);
          expect(await store.trailOf('99999')).toEqual([]);
        });

        it('keeps a note of up to 1,000 characters (a customer’s words), cuts a longer one, and refuses a call with an over-long key', async () => {
          await store.appendTrail([entry({ note: 'n'.repeat(255) }), entry({ key: 'long', note: 'ё'.repeat(1000) }), entry({ key: 'longer', note: 'l'.repeat(1200) })]);
          expect((await store.trailOf('10001')).map((e) => e.note)).toEqual(['n'.repeat(255), 'ё'.repeat(1000), 'l'.repeat(1000)]);
          await expect(store.appendTrail([entry({ key: 'fits' }), entry({ key: 'k'.repeat(129) })])).rejects.toMatchObject(storeError);
          expect(await store.trailOf('10001')).toHaveLength(3); // nothing of the refused call was written
        });
      });

      describe('listDue', () => {
        beforeEach(async () => {
          // '5' is written before '2', its tie: the order must come from the ids, not from the writes.
          const dueAt: [string, number | null][] = [['1', T0 + 3], ['5', T0 + 1], ['3', T0 + 5], ['4', null], ['2', T0 + 1], ['6', T0 + 4]];
          for (const [issueId, nextDueAt] of dueAt) await store.saveComplaint(makeRecord({ issueId, nextDueAt }), 0);
        });

        it('lists the complaints due at or before now, earliest first (ties by issue id)', async () => {
          expect((await store.listDue({ now: T0 + 4, limit: 10 })).map((r) => r.issueId)).toEqual(['2', '5', '1', '6']);
        });

        it('stops at the limit', async () => {
          expect((await store.listDue({ now: T0 + 10, limit: 2 })).map((r) => r.issueId)).toEqual(['2', '5']);
          expect(await store.listDue({ now: T0 + 10, limit: 0 })).toEqual([]);
        });

        it('lists nothing before anything is due', async () => {
          expect(await store.listDue({ now: T0, limit: 10 })).toEqual([]);
        });

        it("answers each complaint's id and due moment only: a full sweep's answer stays far under Forge SQL's 4 MiB", async () => {
          // The widest row the columns hold: four-byte characters in every free text, at full width.
          const widest = '😀'.repeat(WIDTH.text);
          const wide = makeRecord({ issueId: '9'.repeat(WIDTH.issueId), measures: widest, actionTaken: widest, nextDueAt: T0 - 1 });
          await store.saveComplaint(wide, 0);
          const [due, ...others] = await store.listDue({ now: T0, limit: 10 });
          expect([due, ...others]).toEqual([{ issueId: wide.issueId, nextDueAt: T0 - 1 }]);
          const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
          // 2,500 due rows of at most 72 bytes are 180 KB; whole rows like this one (over 8 KB each) would be 20 MB.
          expect(MAX_DUE_PER_SWEEP * bytes(due)).toBeLessThan(256 * 1024);
          expect(MAX_DUE_PER_SWEEP * bytes(await store.getComplaint(wide.issueId))).toBeGreaterThan(4 * 1024 * 1024);
        });
      });

      describe('listRecords', () => {
        beforeEach(async () => {
          const records = [
            makeRecord({ issueId: 'open-billing', departmentId: 'billing', createdAt: T0 - 100 * DAY }),
            makeRecord({ issueId: 'open-triage', departmentId: null, createdAt: T0 - DAY }),
            makeRecord({ issueId: 'closed-recently', departmentId: 'delivery', status: 'closed', createdAt: T0 - 40 * DAY, closedAt: T0 - 10 * DAY }),
            makeRecord({ issueId: 'closed-long-ago', departmentId: 'billing', status: 'closed', createdAt: T0 - 90 * DAY, closedAt: T0 - 60 * DAY }),
            makeRecord({ issueId: 'created-after', departmentId: 'billing', createdAt: T0 }),
            makeRecord({ issueId: 'other-project', projectKey: 'OPS', departmentId: 'billing', createdAt: T0 - DAY }),
          ];
          for (const record of records) await store.saveComplaint(record, 0);
        });

        const ids = async (query: Partial<Parameters<Store['listRecords']>[0]>) =>
          (await store.listRecords({ projectKeys: ['CMP'], createdBefore: T0, activeSince: T0 - 30 * DAY, ...query })).map((r) => r.issueId).sort();

        it('lists the complaints created before the end and still open, or closed since the start', async () => {
          expect(await ids({})).toEqual(['closed-recently', 'open-billing', 'open-triage']);
          expect(await ids({ activeSince: T0 - 60 * DAY })).toEqual(['closed-long-ago', 'closed-recently', 'open-billing', 'open-triage']);
          expect(await ids({ createdBefore: T0 + 1 })).toEqual(['closed-recently', 'created-after', 'open-billing', 'open-triage']);
        });

        it('narrows to projects, and lists nothing for none', async () => {
          expect(await ids({ projectKeys: ['CMP', 'OPS'] })).toEqual(['closed-recently', 'open-billing', 'open-triage', 'other-project']);
          expect(await ids({ projectKeys: ['OPS'] })).toEqual(['other-project']);
          expect(await ids({ projectKeys: [] })).toEqual([]);
        });

        it('narrows to departments, the triage key standing for none, and an empty list for all', async () => {
          expect(await ids({ departmentIds: ['billing'] })).toEqual(['open-billing']);
          expect(await ids({ departmentIds: [TRIAGE] })).toEqual(['open-triage']);
          expect(await ids({ departmentIds: ['delivery', TRIAGE] })).toEqual(['closed-recently', 'open-triage']);
          expect(await ids({ departmentIds: [] })).toEqual(['closed-recently', 'open-billing', 'open-triage']);
        });

        it('reads back whole records', async () => {
          const [record] = await store.listRecords({ projectKeys: ['OPS'], createdBefore: T0, activeSince: T0 });
          expect(record).toEqual(makeRecord({ issueId: 'other-project', projectKey: 'OPS', departmentId: 'billing', createdAt: T0 - DAY }));
        });
      });
    });
  });
};
