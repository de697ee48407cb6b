import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { reusePreparedStatements } from './reuse-prepared-statements';

export const MEMORY = ':memory:';
export const DEFAULT_DB_PATH = path.join('.sandbox-data', 'sandbox.db');

export interface SandboxDatabases {
  /** The Jira site (the emulator's tables) and the host's own state and KVS. */
  readonly site: Database.Database;
  /** The app's Forge SQL database: apart, so the app's tables never meet the emulator's. */
  readonly appSql: Database.Database;
  close(): void;
}

const open = (file: string): Database.Database => {
  const db = new Database(file);
  if (file !== MEMORY) db.pragma('journal_mode = WAL');
  return db;
};

/** `:memory:` for tests; otherwise `<name>.db` plus `<name>.app-sql.db` beside it. */
export const openDatabases = (dbPath: string): SandboxDatabases => {
  if (dbPath !== MEMORY) mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const site = open(dbPath);
  reusePreparedStatements(site);
  const appSql = open(dbPath === MEMORY ? MEMORY : dbPath.replace(/(\.db)?$/, '.app-sql.db'));
  return {
    site,
    appSql,
    close: () => {
      site.close();
      appSql.close();
    },
  };
};
