import type { Database } from 'better-sqlite3';
import type { JiraChangeItem } from '../emulator.types';

export interface ChangelogRecord {
  readonly id: string;
  readonly issueId: string;
  readonly authorAccountId: string;
  readonly created: number;
  readonly items: readonly JiraChangeItem[];
}

interface ChangelogRow {
  id: string;
  issue_id: string;
  author_account_id: string;
  created: number;
  items: string;
}

export interface HistoryStore {
  insert(changelog: ChangelogRecord): void;
  /** Oldest first, as `GET /issue/{key}/changelog` lists them. */
  ofIssue(issueId: string): ChangelogRecord[];
}

export function historyStore(db: Database): HistoryStore {
  return {
    insert(changelog) {
      db.prepare('INSERT INTO jira_changelogs (id, issue_id, author_account_id, created, items) VALUES (?, ?, ?, ?, ?)').run(
        changelog.id,
        changelog.issueId,
        changelog.authorAccountId,
        changelog.created,
        JSON.stringify(changelog.items),
      );
    },
    ofIssue(issueId) {
      return db
        .prepare<[string], ChangelogRow>('SELECT * FROM jira_changelogs WHERE issue_id = ? ORDER BY CAST(id AS INTEGER)')
        .all(issueId)
        .map((row) => ({
          id: row.id,
          issueId: row.issue_id,
          authorAccountId: row.author_account_id,
          created: row.created,
          items: JSON.parse(row.items) as JiraChangeItem[],
        }));
    },
  };
}
