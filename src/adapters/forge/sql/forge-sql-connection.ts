import { sql } from '@forge/sql';
import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';

// Forge SQL takes schema changes on their own endpoint, which accepts no parameters.
const DDL = /^\s*(?:create|alter|drop|truncate|rename)\b/i;

/** A parameter as Forge SQL's JSON body can carry it and MySQL reads it. */
export const toForgeParam = (value: unknown): unknown => {
  // JSON.stringify throws on a BigInt.
  if (typeof value === 'bigint') return String(value);
  // MySQL rejects the ISO form's `T` and `Z` in a DATETIME ("Incorrect datetime value").
  if (value instanceof Date) return value.toISOString().slice(0, 23).replace('T', ' ');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
};

interface WriteHeader {
  readonly affectedRows?: number;
  readonly insertId?: number;
}

/**
 * One statement per call over @forge/sql, as Forge SQL runs them: a read answers
 * `{ rows: [...] }`, a write answers `{ rows: { affectedRows, insertId, … } }`.
 */
export const forgeSqlConnection: DatabaseConnection = {
  executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
    const ddl = DDL.test(query.sql);
    if (ddl && query.parameters.length > 0) throw new Error('Forge SQL runs DDL without parameters');
    const result = ddl ? await sql.executeDDL<R>(query.sql) : await sql.prepare<R>(query.sql).bindParams(...query.parameters.map(toForgeParam)).execute();
    const rows: unknown = result.rows;
    if (Array.isArray(rows)) return { rows: rows as R[] };
    const header = (rows ?? {}) as WriteHeader;
    return { rows: [], numAffectedRows: BigInt(header.affectedRows ?? 0), insertId: BigInt(header.insertId ?? 0) };
  },
  streamQuery: () => {
    throw new Error('Forge SQL does not stream results');
  },
};
