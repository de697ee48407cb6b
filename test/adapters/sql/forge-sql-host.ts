import Database from 'better-sqlite3';
import type { ForgeFetchTarget } from '../../../sandbox/host/invocation';
import { toResponse } from '../../../sandbox/host/service-reply';
import { createSqlService, type SqlService } from '../../../sandbox/host/sql-service';

export interface SqlRequest {
  readonly path: string;
  readonly query: string;
  readonly params: unknown[];
}

/**
 * Lets the real @forge/sql package reach the sandbox host's SQL service (as `createForgeFetch`
 * routes `{type:'sql'}`), which runs the MySQL statements on SQLite. Each request is recorded;
 * `reset` starts a fresh, empty database.
 */
export const installForgeSqlHost = () => {
  const requests: SqlRequest[] = [];
  let service: SqlService = createSqlService(new Database(':memory:'));
  Object.defineProperty(globalThis, '__forge_fetch__', {
    configurable: true,
    value: (target: ForgeFetchTarget, path: string, init?: RequestInit): Promise<Response> => {
      if (target.type !== 'sql') throw new Error(`Only Forge SQL is reachable in this test, not ${target.type}`);
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '') as Omit<SqlRequest, 'path'>;
      requests.push({ path, query: body.query, params: body.params });
      return Promise.resolve(toResponse(service(path, body)));
    },
  });
  return {
    requests,
    reset: () => {
      requests.length = 0;
      service = createSqlService(new Database(':memory:'));
    },
  };
};
