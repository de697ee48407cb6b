import type { Kysely } from 'kysely';
import type { TriageCount } from '../../ports/jira-health.port';
import { STATUS } from './column-codes';
import { guard } from './store-failure';
import type { StoreDatabase } from './store-schema';

/** One COUNT over the index, on Forge SQL and SQLite alike. */
export const createSqlTriageCount = (db: Kysely<StoreDatabase>): TriageCount => ({
  openInTriage: () =>
    guard('count complaints in triage', async () => {
      const row = await db
        .selectFrom('complaint')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('department_id', 'is', null)
        .where('status', '!=', STATUS.encode('closed'))
        .executeTakeFirst();
      // MySQL answers a COUNT as a string.
      return Number(row?.n ?? 0);
    }),
});
