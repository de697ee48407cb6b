import { Kysely } from 'kysely';
import type { Store } from '../../../ports/store.port';
import { createSqlStore } from '../../sql/sql-store';
import type { StoreDatabase } from '../../sql/store-schema';
import { forgeSqlDialect } from './forge-sql-dialect';

/** The complaint index in Forge SQL, the app's installation database. */
export const createForgeSqlStore = (): Store => createSqlStore(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }), 'mysql');
