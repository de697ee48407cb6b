import type { Database } from 'better-sqlite3';

/**
 * The host's own small state in the sandbox database: the clock offset (so a restart keeps a
 * fast-forward), whether the app is installed, each gadget's saved configuration, and the
 * delayed queue events a stopped sandbox keeps for its next start.
 */
export interface HostStateStore {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
  remove(key: string): void;
  clear(): void;
}

export const createHostStateStore = (db: Database): HostStateStore => {
  db.exec('CREATE TABLE IF NOT EXISTS host_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const select = db.prepare<[string], { value: string }>('SELECT value FROM host_state WHERE key = ?');
  const upsert = db.prepare('INSERT INTO host_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM host_state WHERE key = ?');
  return {
    read: (key) => {
      const row = select.get(key);
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    write: (key, value) => {
      upsert.run(key, JSON.stringify(value));
    },
    remove: (key) => {
      remove.run(key);
    },
    clear: () => {
      db.exec('DELETE FROM host_state');
    },
  };
};

export const STATE_KEYS = {
  clockOffset: 'clock-offset',
  /** true once installing and seeding finished; false while they run, so a start that finds false knows they were cut short. */
  installed: 'installed',
  heldQueueEvents: 'held-queue-events',
  gadgetConfig: (localId: string) => `gadget-config:${localId}`,
} as const;
