import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { mysqlToSqlite } from './mysql-to-sqlite';
import { ok, platformError, type ServiceReply } from './service-reply';

/**
 * Forge SQL's endpoint, as @forge/sql calls it through `__forge_fetch__({type:'sql'})`:
 * POST /api/v1/execute and /api/v1/execute/ddl with `{ query, params, method }`, answered with
 * `{ rows }`. Statements run on SQLite after `mysqlToSqlite`; reads return their rows, writes
 * return MySQL's result header (affectedRows, insertId). One statement per call, as in Forge.
 * The same endpoint over a real MySQL engine is `mariadb-sql-service.ts`.
 */
export type SqlService = (path: string, body: unknown) => ServiceReply;

/** One statement as the endpoint takes it. */
export interface SqlCall {
  readonly query: string;
  readonly params: readonly (string | number | boolean | null)[];
  /** Sent to /execute/ddl, the endpoint for schema changes. */
  readonly ddl: boolean;
}

const request = z.object({
  query: z.string().min(1),
  params: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).default([]),
  method: z.string().default('all'),
});

const ENDPOINTS = new Set(['/api/v1/execute', '/api/v1/execute/ddl']);

/** The statement a request asks for, or the platform's answer refusing the request. */
export const readSqlCall = (path: string, body: unknown): { readonly call: SqlCall } | { readonly refusal: ServiceReply } => {
  if (!ENDPOINTS.has(path)) return { refusal: platformError(501, 'UNKNOWN_ERROR', `The sandbox does not emulate SQL ${path}`) };
  const parsed = request.safeParse(body);
  if (!parsed.success) return { refusal: platformError(400, 'INVALID_SQL_QUERY', z.prettifyError(parsed.error)) };
  return { call: { query: parsed.data.query, params: parsed.data.params, ddl: path.endsWith('/ddl') } };
};

/** A write's answer: MySQL's result header. */
export const writeReply = (affectedRows: number, insertId: number): ServiceReply =>
  ok({ rows: { affectedRows, insertId, fieldCount: 0, info: '', serverStatus: 0, warningStatus: 0 } });

/** A statement the engine refused, in Forge SQL's error shape, with the engine's own message. */
export const executionError = (error: unknown): ServiceReply =>
  platformError(400, 'SQL_EXECUTION_ERROR', error instanceof Error ? error.message : String(error));

// Preparing a statement costs more than running it; the app repeats a few dozen statements.
const CACHED_STATEMENTS = 500;

export const createSqlService = (db: Database): SqlService => {
  const statements = new Map<string, Statement>();
  const prepare = (query: string): Statement => {
    const cached = statements.get(query);
    if (cached !== undefined) return cached;
    const statement = db.prepare(mysqlToSqlite(query));
    if (statements.size >= CACHED_STATEMENTS) statements.clear();
    statements.set(query, statement);
    return statement;
  };
  return (path, body) => {
    const read = readSqlCall(path, body);
    return 'refusal' in read ? read.refusal : execute(prepare, statements, read.call);
  };
};

const execute = (prepare: (query: string) => Statement, statements: Map<string, Statement>, call: SqlCall): ServiceReply => {
  // SQLite has no boolean type; MySQL stores them as 1 and 0 too.
  const params = call.params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
  try {
    // DDL changes what cached statements were prepared against.
    if (call.ddl) statements.clear();
    const statement = prepare(call.query);
    if (statement.reader) return ok({ rows: statement.all(params) });
    const result = statement.run(params);
    return writeReply(result.changes, Number(result.lastInsertRowid));
  } catch (error) {
    statements.delete(call.query);
    return executionError(error);
  }
};
