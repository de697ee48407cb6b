import type { Database } from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Store } from '../../ports/store.port';
import { createSqlStore } from '../sql/sql-store';
import type { StoreDatabase } from '../sql/store-schema';

/** The complaint index on an embedded SQLite database: the sandbox's and the tests' store. */
export const createSqliteStore = (database: Database): Store => createSqlStore(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }), 'sqlite');
