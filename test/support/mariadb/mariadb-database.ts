import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { connectMariadbSql, type MariadbSqlService } from '../../../sandbox/host/mariadb-sql-service';
import { openForSuite } from '../open-for-tests';
import { serverSocket } from './server-state';

const OPEN_MS = 150_000;

/**
 * A database of its own on the run's MariaDB server for the calling test file (jest's workers
 * run files side by side on the one server), created before its tests and dropped after them.
 */
export const useMariadbDatabase = (): (() => MariadbSqlService) =>
  openForSuite(async () => {
    const socketPath = await serverSocket();
    const name = `ca_${process.pid}_${randomBytes(4).toString('hex')}`;
    const connection = await createConnection({ socketPath, user: 'root' });
    try {
      await connection.query(`CREATE DATABASE ${name}`);
    } finally {
      await connection.end();
    }
    const sql = connectMariadbSql(socketPath, name);
    return {
      ...sql,
      close: async () => {
        try {
          await sql.admin(`DROP DATABASE ${name}`);
        } finally {
          await sql.close();
        }
      },
    };
  }, OPEN_MS);

/** Drops every table of the database, as a fresh installation has none. */
export const dropAllTables = async (sql: MariadbSqlService): Promise<void> => {
  const tables = (await sql.admin('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')) as { name: string }[];
  if (tables.length > 0) await sql.admin(`DROP TABLE ${tables.map((t) => `\`${t.name}\``).join(', ')}`);
};
