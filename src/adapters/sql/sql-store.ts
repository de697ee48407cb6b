import type { ExpressionBuilder, Kysely } from 'kysely';
import { AppError } from '../../domain/app-error';
import { defaultConfig } from '../../domain/config/parse-config';
import type { TimingSettings } from '../../domain/metrics/complaint-timings';
import { TRIAGE } from '../../domain/metrics/metrics-query';
import type { ComplaintRecord, RecordQuery, Store } from '../../ports/store.port';
import { STATUS } from './column-codes';
import { literalLimit, num } from './column-values';
import { DUE_COLUMNS, fromComplaintRow, fromDueRow, fromIndexedRow, INDEXED_COLUMNS, toComplaintRow } from './complaint-row';
import { runMigrations } from './migrator';
import { changedLinks, LINK_COLUMNS, linkFollowers, linkInserted, linkRowOf, previousMoments, sameLinkColumns, unlinkFollowers } from './repeat-links';
import { createSqlForgetting } from './sql-forgetting';
import type { SqlEngine } from './sql-engine';
import { guard } from './store-failure';
import { STORE_MIGRATIONS } from './store-migrations';
import type { StoreDatabase } from './store-schema';
import { fromTrailRow, toTrailRow } from './trail-row';
import { createTrailSequence } from './trail-sequence';

const MAX_IDS = 100;

// The dashboard counts complaints without a department under TRIAGE; here that is a null column.
const inDepartments = (departmentIds: readonly string[]) => (eb: ExpressionBuilder<StoreDatabase, 'complaint'>) => {
  const named = departmentIds.filter((id) => id !== TRIAGE);
  const conditions = [
    ...(named.length > 0 ? [eb('department_id', 'in', named)] : []),
    ...(named.length < departmentIds.length ? [eb('department_id', 'is', null)] : []),
  ];
  return eb.or(conditions);
};

const defaults = defaultConfig();

/** The default calendar and preset: the sandbox's and the tests' unless they pass the configured ones. */
export const DEFAULT_TIMINGS: TimingSettings = { calendar: defaults.calendar, overall: defaults.policy.overall };

/**
 * The complaint index and trail over Kysely: the same statements run on Forge SQL (MySQL
 * dialect) and on SQLite. INSERT IGNORE against INSERT OR IGNORE needs no code of ours:
 * Kysely's `orIgnore()` is spelt by each dialect's compiler. The schema's one difference is
 * in `sql-engine.ts`. Each row's timings are worked out under `timings` as it is written.
 */
export const createSqlStore = (db: Kysely<StoreDatabase>, engine: SqlEngine, timings: TimingSettings = DEFAULT_TIMINGS): Store => {
  const nextSeq = createTrailSequence();
  const complaints = () => db.selectFrom('complaint').selectAll();
  const trimmable = (closedBefore: number) =>
    db.selectFrom('complaint').where('status', '=', STATUS.encode('closed')).where('closed_at', '<', closedBefore);

  const getComplaint = (issueId: string) =>
    guard('read a complaint', async () => {
      const row = await complaints().where('issue_id', '=', issueId).executeTakeFirst();
      return row === undefined ? null : fromComplaintRow(row);
    });

  const insert = async (record: ComplaintRecord): Promise<boolean> => {
    const row = toComplaintRow(record, timings);
    try {
      await db.insertInto('complaint').values(row).execute();
    } catch (error) {
      // Engines and drivers report a duplicate key each their own way; a row that is there now is the same answer everywhere.
      if ((await getComplaint(record.issueId)) !== null) return false;
      throw error;
    }
    await linkInserted(db, linkRowOf(row));
    return true;
  };

  const update = async (record: ComplaintRecord, expectedVersion: number): Promise<boolean> => {
    const { issue_id, ...changes } = toComplaintRow(record, timings);
    const row = linkRowOf({ issue_id, ...changes });
    const versioned = () => db.updateTable('complaint').where('issue_id', '=', issue_id).where('version', '=', expectedVersion);
    // Almost every save leaves the repeat links' columns as they were: one statement then.
    if ((await versioned().set(changes).where(sameLinkColumns(row)).executeTakeFirst()).numUpdatedRows === 1n) return true;
    const old = await db.selectFrom('complaint').select([...LINK_COLUMNS, 'version']).where('issue_id', '=', issue_id).executeTakeFirst();
    if (old === undefined || num(old.version) !== expectedVersion) return false;
    const { moments } = await previousMoments(db, row);
    if ((await versioned().set({ ...changes, ...moments }).executeTakeFirst()).numUpdatedRows !== 1n) return false;
    const stored = linkRowOf(old);
    const changed = changedLinks(stored, row);
    await unlinkFollowers(db, stored, changed);
    await linkFollowers(db, row, changed);
    return true;
  };

  return {
    migrate: () => guard('migrate the schema', () => runMigrations(db, engine, STORE_MIGRATIONS, timings)),

    getComplaint,

    getComplaints: (issueIds) =>
      guard('read complaints', async () => {
        if (issueIds.length > MAX_IDS) throw new AppError('INTERNAL', `getComplaints takes at most ${MAX_IDS} ids, not ${issueIds.length}`);
        if (issueIds.length === 0) return [];
        return (await db.selectFrom('complaint').select(INDEXED_COLUMNS).where('issue_id', 'in', issueIds).execute()).map(fromIndexedRow);
      }),

    saveComplaint: (record, expectedVersion) =>
      guard('save a complaint', () => {
        // MySQL counts an UPDATE that changes nothing as 0 rows and SQLite as 1: a rising version keeps them in step.
        if (record.version !== expectedVersion + 1) {
          throw new AppError('INTERNAL', `Saving version ${record.version} over version ${expectedVersion}: the version must rise by one`);
        }
        return expectedVersion === 0 ? insert(record) : update(record, expectedVersion);
      }),

    appendTrail: (entries) =>
      guard('append to a trail', async () => {
        // Every column is checked here, before any write, so the only thing left for IGNORE to skip is a duplicate (issue_id, entry_key).
        const rows = entries.map((entry) => toTrailRow(entry, nextSeq()));
        const stored: string[] = [];
        // One statement per entry: only its own row count tells this writer whether it won the key.
        for (const row of rows) {
          const result = await db.insertInto('complaint_trail').orIgnore().values(row).executeTakeFirst();
          if (result.numInsertedOrUpdatedRows === 1n) stored.push(row.entry_key);
        }
        return stored;
      }),

    rollTrail: (entry, since) =>
      guard('roll a trail entry', async () => {
        const row = toTrailRow({ ...entry, times: 1 }, nextSeq());
        const inserted = await db.insertInto('complaint_trail').orIgnore().values(row).executeTakeFirst();
        if (inserted.numInsertedOrUpdatedRows === 1n) return true;
        // One statement, so of two writers on the same day only the first still finds the row's moment before `since`.
        const rolled = await db
          .updateTable('complaint_trail')
          .set((eb) => ({ at: row.at, seq: row.seq, recipients: row.recipients, status: row.status, times: eb(eb.fn.coalesce('times', eb.lit(1)), '+', 1) }))
          .where('issue_id', '=', row.issue_id)
          .where('entry_key', '=', row.entry_key)
          .where('at', '<', since)
          .executeTakeFirst();
        return rolled.numUpdatedRows === 1n;
      }),

    trailOf: (issueId) =>
      guard('read a trail', async () => {
        const rows = await db.selectFrom('complaint_trail').selectAll().where('issue_id', '=', issueId).orderBy('at').orderBy('seq').execute();
        return rows.map(fromTrailRow);
      }),

    listDue: ({ now, limit }) =>
      guard('list due complaints', async () => {
        const rows = await db
          .selectFrom('complaint')
          .select(DUE_COLUMNS)
          .where('next_due_at', '<=', now)
          .orderBy('next_due_at')
          .orderBy('issue_id')
          .limit(literalLimit(limit))
          .execute();
        return rows.map(fromDueRow);
      }),

    listRecords: (query: RecordQuery) =>
      guard('list complaints', async () => {
        if (query.projectKeys.length === 0) return [];
        let select = complaints()
          .where('project_key', 'in', query.projectKeys)
          .where('created_at', '<', query.createdBefore)
          .where((eb) => eb.or([eb('status', '<>', STATUS.encode('closed')), eb('closed_at', '>=', query.activeSince)]));
        if (query.departmentIds !== undefined && query.departmentIds.length > 0) select = select.where(inDepartments(query.departmentIds));
        return (await select.execute()).map(fromComplaintRow);
      }),

    listTrimmable: ({ closedBefore, limit }) =>
      guard('list complaints to trim', async () => {
        // `complaint_trimmable` (trail_trimmed, closed_at) reads this page in order, without a sort.
        const rows = await trimmable(closedBefore)
          .select('issue_id')
          .where('trail_trimmed', 'is', null)
          .orderBy('closed_at')
          .orderBy('issue_id')
          .limit(literalLimit(limit))
          .execute();
        return rows.map((row) => row.issue_id);
      }),

    trimTrails: (issueIds, closedBefore) =>
      guard('trim trails', async () => {
        if (issueIds.length > MAX_IDS) throw new AppError('INTERNAL', `trimTrails takes at most ${MAX_IDS} ids, not ${issueIds.length}`);
        if (issueIds.length === 0) return 0;
        // Checked again inside each statement: a complaint reopened since it was listed keeps its trail.
        const stillClosed = trimmable(closedBefore).select('issue_id').where('issue_id', 'in', issueIds);
        await db.deleteFrom('complaint_trail').where('issue_id', 'in', stillClosed).execute();
        const marked = await db
          .updateTable('complaint')
          .set({ trail_trimmed: 1 })
          .where('issue_id', 'in', issueIds)
          .where('status', '=', STATUS.encode('closed'))
          .where('closed_at', '<', closedBefore)
          // MySQL counts only the rows an UPDATE changes, SQLite every row it matches: only unmarked ones match here.
          .where('trail_trimmed', 'is', null)
          .executeTakeFirst();
        return Number(marked.numUpdatedRows);
      }),

    ...createSqlForgetting(db),
  };
};
