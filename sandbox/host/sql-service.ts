import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { mysqlToSqlite } from './mysql-to-sqlite';
import { ok, platformError, type ServiceReply } from './service-reply';

/**
 * Forge SQL's endpoint, as @forge/sql calls it through `__forge_fetch__({type:'sql'})`:
 * POST /api/v1/execute and /api/v1/execute/ddl with `{ query, params, method }`, answered with
 * `{ rows }`. Statements run on SQLite after `mysqlToSqlite`; reads return their rows, writes
 * return MySQL's result header (affectedRows, insertId). One statement per call, as in Forge.
 */
export type SqlService = (path: string, body: unknown) => ServiceReply;

const request = z.object({
  query: z.string().min(1),
  params: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).default([]),
  method: z.string().default('all'),
});

const ENDPOINTS = new Set(['/api/v1/execute', '/api/v1/execute/ddl']);

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
  return (path, body) => execute(prepare, statements, path, body);
};

const execute = (prepare: (query: string) => Statement, statements: Map<string, Statement>, path: string, body: unknown): ServiceReply => {
  if (!ENDPOINTS.has(path)) return platformError(501, 'UNKNOWN_ERROR', `The sandbox does not emulate SQL ${path}`);
  const parsed = request.safeParse(body);
  if (!parsed.success) return platformError(400, 'INVALID_SQL_QUERY', z.prettifyError(parsed.error));
  // SQLite has no boolean type; MySQL stores them as 1 and 0 too.
  const params = parsed.data.params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
  try {
    // DDL changes what cached statements were prepared against.
    if (path.endsWith('/ddl')) statements.clear();
    const statement = prepare(parsed.data.query);
    if (statement.reader) return ok({ rows: statement.all(params) });
    const result = statement.run(params);
    return ok({
      rows: { affectedRows: result.changes, insertId: Number(result.lastInsertRowid), fieldCount: 0, info: '', serverStatus: 0, warningStatus: 0 },
    });
  } catch (error) {
    statements.delete(parsed.data.query);
    return platformError(400, 'SQL_EXECUTION_ERROR', error instanceof Error ? error.message : String(error));
  }
};
