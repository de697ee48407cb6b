import type { Database } from 'better-sqlite3';

export type StatusCategory = 'TODO' | 'IN_PROGRESS' | 'DONE';

export interface StatusRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly category: StatusCategory;
  /** The project of a PROJECT-scoped (team-managed) status; null for GLOBAL ones. */
  readonly projectId: string | null;
}

interface StatusRow {
  id: string;
  name: string;
  description: string;
  category: StatusCategory;
  project_id: string | null;
}

const toStatus = (row: StatusRow): StatusRecord => ({
  id: row.id,
  name: row.name,
  description: row.description,
  category: row.category,
  projectId: row.project_id,
});

export interface StatusStore {
  insert(status: StatusRecord): void;
  byId(id: string): StatusRecord | null;
  /** Names are unique within a scope, case-insensitively. */
  byName(name: string, projectId: string | null): StatusRecord | null;
  all(): StatusRecord[];
}

export function statusStore(db: Database): StatusStore {
  return {
    insert(status) {
      db.prepare('INSERT INTO jira_statuses (id, name, description, category, project_id) VALUES (?, ?, ?, ?, ?)').run(
        status.id,
        status.name,
        status.description,
        status.category,
        status.projectId,
      );
    },
    byId(id) {
      const row = db.prepare<[string], StatusRow>('SELECT * FROM jira_statuses WHERE id = ?').get(id);
      return row === undefined ? null : toStatus(row);
    },
    byName(name, projectId) {
      const row = db
        .prepare<[string, string | null], StatusRow>('SELECT * FROM jira_statuses WHERE lower(name) = lower(?) AND project_id IS ?')
        .get(name, projectId);
      return row === undefined ? null : toStatus(row);
    },
    all() {
      return db.prepare<[], StatusRow>('SELECT * FROM jira_statuses ORDER BY CAST(id AS INTEGER)').all().map(toStatus);
    },
  };
}
