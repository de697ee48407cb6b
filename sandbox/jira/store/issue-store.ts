import type { Database } from 'better-sqlite3';

/**
 * Field values as the emulator keeps them: ids for references (status, issue type, priority,
 * options, users), ADF documents for rich text, plain JSON otherwise. Rendering turns them into
 * Jira's response shapes.
 */
export type StoredFields = Readonly<Record<string, unknown>>;

export interface IssueRecord {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  readonly fields: StoredFields;
  readonly created: number;
  readonly updated: number;
}

interface IssueRow {
  id: string;
  key: string;
  project_id: string;
  fields: string;
  created: number;
  updated: number;
}

const toIssue = (row: IssueRow): IssueRecord => ({
  id: row.id,
  key: row.key,
  projectId: row.project_id,
  fields: JSON.parse(row.fields) as StoredFields,
  created: row.created,
  updated: row.updated,
});

const NUMERIC_ID = /^\d+$/;

export interface IssueStore {
  insert(issue: IssueRecord): void;
  /** By id or key; keys match case-insensitively, as in Jira. */
  byIdOrKey(idOrKey: string): IssueRecord | null;
  save(issue: IssueRecord): void;
  /** Every issue in id order; the emulator's sites are small enough to search in memory. */
  all(): IssueRecord[];
}

export function issueStore(db: Database): IssueStore {
  return {
    insert(issue) {
      db.prepare('INSERT INTO jira_issues (id, key, project_id, fields, created, updated) VALUES (?, ?, ?, ?, ?, ?)').run(
        issue.id,
        issue.key,
        issue.projectId,
        JSON.stringify(issue.fields),
        issue.created,
        issue.updated,
      );
    },
    byIdOrKey(idOrKey) {
      const row = NUMERIC_ID.test(idOrKey)
        ? db.prepare<[string], IssueRow>('SELECT * FROM jira_issues WHERE id = ?').get(idOrKey)
        : db.prepare<[string], IssueRow>('SELECT * FROM jira_issues WHERE key = upper(?)').get(idOrKey);
      return row === undefined ? null : toIssue(row);
    },
    save(issue) {
      db.prepare('UPDATE jira_issues SET fields = ?, updated = ? WHERE id = ?').run(
        JSON.stringify(issue.fields),
        issue.updated,
        issue.id,
      );
    },
    all() {
      return db.prepare<[], IssueRow>('SELECT * FROM jira_issues ORDER BY CAST(id AS INTEGER)').all().map(toIssue);
    },
  };
}
