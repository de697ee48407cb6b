import Database from 'better-sqlite3';
import type { ForgeFetchTarget } from '../../../sandbox/host/invocation';
import { toResponse, type ServiceReply } from '../../../sandbox/host/service-reply';
import { createSqlService } from '../../../sandbox/host/sql-service';
import { dropAllTables, useMariadbDatabase } from '../../support/mariadb/mariadb-database';

export interface SqlRequest {
  readonly path: string;
  readonly query: string;
  readonly params: unknown[];
}

export interface ForgeSqlHost {
  /** Every request since the last reset. */
  readonly requests: SqlRequest[];
  /** Starts on a fresh, empty database, which the requests from now on reach. */
  readonly reset: () => void;
}

type SqlBackend = (path: string, body: unknown) => ServiceReply | Promise<ServiceReply>;

let backend: SqlBackend | undefined;
const requests: SqlRequest[] = [];

/** The one `__forge_fetch__` of the test file; each host's reset points it at that host's database. */
const useBackend = (next: SqlBackend): void => {
  requests.length = 0;
  if (backend === undefined) {
    Object.defineProperty(globalThis, '__forge_fetch__', {
      configurable: true,
      value: async (target: ForgeFetchTarget, path: string, init?: RequestInit): Promise<Response> => {
        if (target.type !== 'sql') throw new Error(`Only Forge SQL is reachable in this test, not ${target.type}`);
        const body = JSON.parse(typeof init?.body === 'string' ? init.body : '') as Omit<SqlRequest, 'path'>;
        requests.push({ path, query: body.query, params: body.params });
        if (backend === undefined) throw new Error('No SQL host: call reset first');
        return toResponse(await backend(path, body));
      },
    });
  }
  backend = next;
};

/**
 * Lets the real @forge/sql package reach the sandbox host's SQL service (as `createForgeFetch`
 * routes `{type:'sql'}`), which runs the MySQL statements on SQLite. Each request is recorded.
 */
export const installForgeSqlHost = (): ForgeSqlHost => {
  useBackend(createSqlService(new Database(':memory:')));
  return {
    requests,
    reset: () => {
      useBackend(createSqlService(new Database(':memory:')));
    },
  };
};

/**
 * The same endpoint over a real MySQL engine: a database of the test file's own on the run's
 * MariaDB server (`test/support/mariadb/`), emptied on each reset.
 */
export const installMariadbForgeSqlHost = (): ForgeSqlHost => {
  const database = useMariadbDatabase();
  let emptied: Promise<void> = Promise.resolve();
  return {
    requests,
    reset: () => {
      // The tests' hooks reset synchronously; the statements wait for the tables to be gone.
      emptied = emptied.catch(() => undefined).then(() => dropAllTables(database()));
      const ready = emptied;
      useBackend(async (path, body) => {
        await ready;
        return database().service(path, body);
      });
    },
  };
};
