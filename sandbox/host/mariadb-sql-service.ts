import { createPool, type Pool, type ResultSetHeader } from 'mysql2/promise';
import { ok, type ServiceReply } from './service-reply';
import { executionError, readSqlCall, writeReply } from './sql-service';

/** Forge SQL's endpoint (`sql-service.ts`) over a real MySQL engine, which answers asynchronously. */
export type AsyncSqlService = (path: string, body: unknown) => Promise<ServiceReply>;

export interface MariadbSqlService {
  readonly service: AsyncSqlService;
  /** Runs a statement of the harness's own, beside the app's (creating its database, say). */
  readonly admin: (query: string) => Promise<unknown>;
  readonly close: () => Promise<void>;
}

/**
 * Connects to one database of a MariaDB (or MySQL) server over its socket. Statements are
 * prepared on the server, as @forge/sql's `prepare(...).bindParams(...)` has Forge SQL do; DDL
 * takes no parameters and runs as text. Results come back as Forge SQL documents them, JSON
 * normalised: BIGINT and DECIMAL values as strings, so the app's reading of them is tested too.
 */
export const connectMariadbSql = (socketPath: string, database: string): MariadbSqlService => {
  const pool: Pool = createPool({
    socketPath,
    user: 'root',
    database,
    connectionLimit: 4,
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
    // MySQL's own count of an UPDATE: the rows it changed, not the rows it matched (mysql2 asks for those by default).
    flags: ['-FOUND_ROWS'],
  });
  const service: AsyncSqlService = async (path, body) => {
    const read = readSqlCall(path, body);
    if ('refusal' in read) return read.refusal;
    const { query, params, ddl } = read.call;
    try {
      const [result] = ddl ? await pool.query(query) : await pool.execute(query, [...params]);
      if (Array.isArray(result)) return ok({ rows: result });
      const header = result as ResultSetHeader;
      return writeReply(header.affectedRows, header.insertId);
    } catch (error) {
      return executionError(error);
    }
  };
  return {
    service,
    admin: async (query) => (await pool.query(query))[0],
    close: () => pool.end(),
  };
};
