import type { Kysely } from 'kysely';
import type { TimingSettings } from '../../domain/metrics/complaint-timings';
import type { SqlEngine } from './sql-engine';
import type { MigrationStep } from './store-migrations';
import type { StoreDatabase } from './store-schema';

const appliedNames = async (db: Kysely<StoreDatabase>): Promise<Set<string>> => {
  const rows = await db.selectFrom('schema_migrations').select('name').execute();
  return new Set(rows.map((row) => row.name));
};

/**
 * The applied names. Reading first keeps a run on an up-to-date schema free of DDL, which
 * Forge SQL limits per minute; only a first run finds no ledger and creates it.
 */
const readLedger = async (db: Kysely<StoreDatabase>): Promise<Set<string>> => {
  try {
    return await appliedNames(db);
  } catch {
    await db.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('name', 'varchar(100)', (c) => c.primaryKey())
      .addColumn('applied_at', 'bigint', (c) => c.notNull())
      .execute();
    return appliedNames(db);
  }
};

/**
 * Applies the steps not yet recorded in `schema_migrations`, in order. Forge SQL has no
 * transactions and no locks to take, so two runners may meet: steps are idempotent, the
 * record is written with INSERT … IGNORE, and a step that fails is accepted when another runner
 * has recorded it meanwhile.
 */
export const runMigrations = async (
  db: Kysely<StoreDatabase>,
  engine: SqlEngine,
  steps: readonly MigrationStep[],
  settings: TimingSettings,
): Promise<void> => {
  const applied = await readLedger(db);
  for (const step of steps) {
    if (applied.has(step.name)) continue;
    try {
      await step.up(db, engine, settings);
    } catch (error) {
      if ((await appliedNames(db)).has(step.name)) continue;
      throw error;
    }
    await db.insertInto('schema_migrations').orIgnore().values({ name: step.name, applied_at: Date.now() }).execute();
  }
};
