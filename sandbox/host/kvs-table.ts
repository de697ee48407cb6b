import type { Database } from 'better-sqlite3';

/** One stored value. `namespace` keeps plain keys, secrets and each custom entity apart. */
export interface KvsRow {
  readonly key: string;
  readonly value: unknown;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expireAt: number | null;
}

interface StoredRow {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS host_kvs (
  namespace TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
  PRIMARY KEY (namespace, key))`;

const toRow = (r: StoredRow): KvsRow => ({ key: r.key, value: JSON.parse(r.value) as unknown, createdAt: r.created_at, updatedAt: r.updated_at, expireAt: r.expire_at });

export interface KvsTable {
  get(namespace: string, key: string): KvsRow | null;
  /** Writes the value and returns the row as it was before, if any. */
  put(namespace: string, key: string, value: unknown, expireAt: number | null): KvsRow | null;
  remove(namespace: string, key: string): void;
  /** Keys in order, after `after`, starting with `prefix`. */
  list(namespace: string, prefix: string, after: string | null, limit: number): KvsRow[];
  transaction<T>(run: () => T): T;
  clear(): void;
}

/** Forge KVS's storage on SQLite. Expired values read as missing, judged by the sandbox clock. */
export const createKvsTable = (db: Database, now: () => number): KvsTable => {
  db.exec(SCHEMA);
  const live = 'AND (expire_at IS NULL OR expire_at > @now)';
  const select = db.prepare<{ namespace: string; key: string; now: number }, StoredRow>(`SELECT * FROM host_kvs WHERE namespace = @namespace AND key = @key ${live}`);
  const upsert = db.prepare(
    `INSERT INTO host_kvs (namespace, key, value, created_at, updated_at, expire_at) VALUES (@namespace, @key, @value, @now, @now, @expireAt)
     ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, expire_at = excluded.expire_at,
       created_at = CASE WHEN host_kvs.expire_at IS NOT NULL AND host_kvs.expire_at <= excluded.updated_at THEN excluded.created_at ELSE host_kvs.created_at END`,
  );
  const del = db.prepare('DELETE FROM host_kvs WHERE namespace = ? AND key = ?');
  const range = db.prepare<{ namespace: string; prefix: string; after: string; now: number; limit: number }, StoredRow>(
    `SELECT * FROM host_kvs WHERE namespace = @namespace AND substr(key, 1, length(@prefix)) = @prefix AND key > @after ${live} ORDER BY key LIMIT @limit`,
  );

  const get = (namespace: string, key: string): KvsRow | null => {
    const row = select.get({ namespace, key, now: now() });
    return row ? toRow(row) : null;
  };
  return {
    get,
    put: (namespace, key, value, expireAt) => {
      const before = get(namespace, key);
      upsert.run({ namespace, key, value: JSON.stringify(value), now: now(), expireAt });
      return before;
    },
    remove: (namespace, key) => {
      del.run(namespace, key);
    },
    list: (namespace, prefix, after, limit) => range.all({ namespace, prefix, after: after ?? '', now: now(), limit }).map(toRow),
    transaction: (run) => db.transaction(run)(),
    clear: () => {
      db.exec('DELETE FROM host_kvs');
    },
  };
};
