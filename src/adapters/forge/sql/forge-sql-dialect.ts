import { MysqlAdapter, MysqlIntrospector, MysqlQueryCompiler, type Dialect, type Driver } from 'kysely';
import { forgeSqlConnection } from './forge-sql-connection';

// Each statement is a separate, stateless HTTP call, so BEGIN and COMMIT would bind nothing together.
const noTransactions = (): Promise<never> => Promise.reject(new Error('Forge SQL has no transactions: each statement is its own call'));

const forgeSqlDriver: Driver = {
  init: () => Promise.resolve(),
  acquireConnection: () => Promise.resolve(forgeSqlConnection),
  beginTransaction: noTransactions,
  commitTransaction: noTransactions,
  rollbackTransaction: noTransactions,
  releaseConnection: () => Promise.resolve(),
  destroy: () => Promise.resolve(),
};

/** Kysely's MySQL dialect (Forge SQL is TiDB, MySQL-compatible) over @forge/sql instead of a connection pool. */
export const forgeSqlDialect: Dialect = {
  createAdapter: () => new MysqlAdapter(),
  createDriver: () => forgeSqlDriver,
  createQueryCompiler: () => new MysqlQueryCompiler(),
  createIntrospector: (db) => new MysqlIntrospector(db),
};
