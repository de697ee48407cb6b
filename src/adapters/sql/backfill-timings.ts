import type { Kysely } from 'kysely';
import type { TimingSettings } from '../../domain/metrics/complaint-timings';
import { literalLimit, numOrNull, num } from './column-values';
import { subjectOf, timingColumns } from './complaint-row';
import type { StoreDatabase } from './store-schema';

const PAGE = 500;

/**
 * Works out the timings of the rows written before the store kept them, a page at a time in key
 * order: a few columns a row, never whole rows. Run once, by the migration that adds the columns;
 * a rerun after a stop writes the same values again.
 */
export const backfillTimings = async (db: Kysely<StoreDatabase>, settings: TimingSettings): Promise<void> => {
  for (let after = ''; ; ) {
    const rows = await db
      .selectFrom('complaint')
      .select(['issue_id', 'created_at', 'first_action_at', 'closed_at', 'subject_kind', 'subject_value'])
      .where('issue_id', '>', after)
      .orderBy('issue_id')
      .limit(literalLimit(PAGE))
      .execute();
    for (const row of rows) {
      const columns = timingColumns(settings, {
        createdAt: num(row.created_at),
        firstActionAt: numOrNull(row.first_action_at),
        closedAt: numOrNull(row.closed_at),
        subject: subjectOf(row.subject_kind, row.subject_value),
      });
      await db.updateTable('complaint').set(columns).where('issue_id', '=', row.issue_id).execute();
    }
    const last = rows.at(-1);
    if (rows.length < PAGE || last === undefined) return;
    after = last.issue_id;
  }
};
