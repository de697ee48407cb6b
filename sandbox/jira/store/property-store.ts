import type { Database } from 'better-sqlite3';

export interface PropertyStore {
  /** Returns true when the property did not exist before. */
  set(issueId: string, key: string, value: unknown): boolean;
  get(issueId: string, key: string): { readonly value: unknown } | null;
  /** Returns true when there was something to delete. */
  delete(issueId: string, key: string): boolean;
  keys(issueId: string): string[];
}

export function propertyStore(db: Database): PropertyStore {
  return {
    set(issueId, key, value) {
      const existed = db.prepare('SELECT 1 FROM jira_issue_properties WHERE issue_id = ? AND key = ?').get(issueId, key);
      db.prepare(
        `INSERT INTO jira_issue_properties (issue_id, key, value) VALUES (?, ?, ?)
         ON CONFLICT (issue_id, key) DO UPDATE SET value = excluded.value`,
      ).run(issueId, key, JSON.stringify(value));
      return existed === undefined;
    },
    get(issueId, key) {
      const row = db
        .prepare<[string, string], { value: string }>('SELECT value FROM jira_issue_properties WHERE issue_id = ? AND key = ?')
        .get(issueId, key);
      return row === undefined ? null : { value: JSON.parse(row.value) as unknown };
    },
    delete(issueId, key) {
      return db.prepare('DELETE FROM jira_issue_properties WHERE issue_id = ? AND key = ?').run(issueId, key).changes > 0;
    },
    keys(issueId) {
      return db
        .prepare<[string], { key: string }>('SELECT key FROM jira_issue_properties WHERE issue_id = ? ORDER BY key')
        .all(issueId)
        .map((row) => row.key);
    },
  };
}
