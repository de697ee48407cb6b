import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { describeStoreContract } from './store-contract';

describeStoreContract('SQLite (better-sqlite3)', () => {
  const database = new Database(':memory:');
  return {
    store: createSqliteStore(database),
    twin: () => createSqliteStore(database),
    db: new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }),
    engine: 'sqlite',
  };
});
