import type { Kysely } from 'kysely';
import type { SendPacing } from '../../ports/send-pacing.port';
import { num } from './column-values';
import { guard } from './store-failure';
import type { StoreDatabase } from './store-schema';

const PAUSED_UNTIL = 'send_paused_until';
const SLOTS_UNTIL = 'send_slots_until';

/**
 * The send pacing in `store_meta`, on Forge SQL and SQLite alike. Without transactions each write
 * decides in one statement: the pause only grows (two 429s at once keep the later end), and the
 * slots move by compare-and-set, so two pacers never hand out the same slots.
 */
export const createSqlSendPacing = (db: Kysely<StoreDatabase>): SendPacing => {
  const read = async (name: string): Promise<number | null> => {
    const row = await db.selectFrom('store_meta').select('value').where('name', '=', name).executeTakeFirst();
    return row === undefined ? null : num(row.value);
  };
  return {
    pausedUntil: () => guard('read the send pause', () => read(PAUSED_UNTIL)),
    pauseUntil: (until) =>
      guard('pause the sends', async () => {
        await db.insertInto('store_meta').orIgnore().values({ name: PAUSED_UNTIL, value: until }).execute();
        await db.updateTable('store_meta').set({ value: until }).where('name', '=', PAUSED_UNTIL).where('value', '<', until).execute();
      }),
    slotsUntil: () => guard('read the send slots', () => read(SLOTS_UNTIL)),
    moveSlots: (from, to) =>
      guard('take send slots', async () => {
        if (from === null) {
          const inserted = await db.insertInto('store_meta').orIgnore().values({ name: SLOTS_UNTIL, value: to }).executeTakeFirst();
          return inserted.numInsertedOrUpdatedRows === 1n;
        }
        // A move always goes forward, so MySQL, which counts only changed rows, counts it as SQLite does.
        const moved = await db.updateTable('store_meta').set({ value: to }).where('name', '=', SLOTS_UNTIL).where('value', '=', from).executeTakeFirst();
        return moved.numUpdatedRows === 1n;
      }),
  };
};
