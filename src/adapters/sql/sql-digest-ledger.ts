import type { Kysely } from 'kysely';
import type { DigestLedger } from '../../ports/digest-ledger.port';
import { num } from './column-values';
import { guard } from './store-failure';
import type { StoreDatabase } from './store-schema';

const DIGESTED_DAY = 'digested_day';

/**
 * The digest ledger as one `store_meta` row, on Forge SQL and SQLite alike. Without transactions
 * the mark decides in one statement, as the send pause does: it only moves forward, so two sweeps
 * marking at once keep the later day.
 */
export const createSqlDigestLedger = (db: Kysely<StoreDatabase>): DigestLedger => ({
  digestedDay: () =>
    guard('read the digested day', async () => {
      const row = await db.selectFrom('store_meta').select('value').where('name', '=', DIGESTED_DAY).executeTakeFirst();
      return row === undefined ? null : num(row.value);
    }),
  markDigested: (dayOpen) =>
    guard('mark the digested day', async () => {
      await db.insertInto('store_meta').orIgnore().values({ name: DIGESTED_DAY, value: dayOpen }).execute();
      await db.updateTable('store_meta').set({ value: dayOpen }).where('name', '=', DIGESTED_DAY).where('value', '<', dayOpen).execute();
    }),
});
