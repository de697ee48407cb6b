import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error';
import type { RetentionHorizon, Store } from '../../ports/store.port';
import { MESSAGE_STATE, STATUS } from './column-codes';
import { literalLimit, num } from './column-values';
import { guard } from './store-failure';
import type { StoreDatabase } from './store-schema';

const MAX_IDS = 100;
const HORIZONS: readonly RetentionHorizon[] = ['trimmed_before', 'deleted_before'];

/**
 * The last step of the retention (design.md section 12): complaints closed before the index
 * horizon leave the index. Only trimmed ones, so their contact data, which no query can list, is
 * erased already. Each statement checks the complaint again (still closed before the moment, still
 * trimmed: a reopen's save clears the mark), so a complaint written meanwhile stays.
 */
export const createSqlForgetting = (db: Kysely<StoreDatabase>): Pick<Store, 'listForgettable' | 'forgetComplaints' | 'horizons' | 'recordHorizon'> => {
  const forgettable = (closedBefore: number) =>
    db.selectFrom('complaint').where('trail_trimmed', '=', 1).where('status', '=', STATUS.encode('closed')).where('closed_at', '<', closedBefore);

  return {
    listForgettable: ({ closedBefore, limit }) =>
      guard('list complaints to forget', async () => {
        // `complaint_trimmable` (trail_trimmed, closed_at) reads this page in order, as it does the trimming's.
        const rows = await forgettable(closedBefore).select('issue_id').orderBy('closed_at').orderBy('issue_id').limit(literalLimit(limit)).execute();
        return rows.map((row) => row.issue_id);
      }),

    forgetComplaints: (issueIds, closedBefore) =>
      guard('forget complaints', async () => {
        if (issueIds.length > MAX_IDS) throw new AppError('INTERNAL', `forgetComplaints takes at most ${MAX_IDS} ids, not ${issueIds.length}`);
        if (issueIds.length === 0) return 0;
        const still = forgettable(closedBefore).select('issue_id').where('issue_id', 'in', issueIds);
        // A settled message's row only keeps its key, which stops the same trail entry being
        // recorded and sent twice. Its entry went with the trail, and the intake records nothing
        // dated before `deleted_before` for an issue it meets again, so the key can no longer
        // matter. A pending message may still be sent: it stays, and goes as sent ones do.
        await db.deleteFrom('message').where('issue_id', 'in', still).where('state', '<>', MESSAGE_STATE.encode('pending')).execute();
        // Entries written after the trimming without a save of the row (none are expected of a closed complaint).
        await db.deleteFrom('complaint_trail').where('issue_id', 'in', still).execute();
        // The row last: until it goes, the complaint is listed again, so an interrupted page is finished by the next.
        const deleted = await db
          .deleteFrom('complaint')
          .where('issue_id', 'in', issueIds)
          .where('trail_trimmed', '=', 1)
          .where('status', '=', STATUS.encode('closed'))
          .where('closed_at', '<', closedBefore)
          .executeTakeFirst();
        return Number(deleted.numDeletedRows);
      }),

    horizons: () =>
      guard("read the retention's cut-offs", async () => {
        // One read for both, as every event's intake asks for them.
        const rows = await db.selectFrom('store_meta').select(['name', 'value']).where('name', 'in', HORIZONS).execute();
        const valueOf = (name: RetentionHorizon): number | null => {
          const row = rows.find((r) => r.name === name);
          return row === undefined ? null : num(row.value);
        };
        return { trimmed_before: valueOf('trimmed_before'), deleted_before: valueOf('deleted_before') };
      }),

    recordHorizon: (name, at) =>
      guard(`record the retention's ${name}`, async () => {
        // Two statements that each decide alone, so two runs at once keep the later moment.
        await db.insertInto('store_meta').orIgnore().values({ name, value: at }).execute();
        await db.updateTable('store_meta').set({ value: at }).where('name', '=', name).where('value', '<', at).execute();
      }),
  };
};
