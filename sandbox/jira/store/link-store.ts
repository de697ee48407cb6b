import type { Database } from 'better-sqlite3';

export interface IssueLinkRecord {
  readonly id: string;
  readonly typeId: string;
  readonly inwardIssueId: string;
  readonly outwardIssueId: string;
}

interface LinkRow {
  id: string;
  type_id: string;
  inward_issue_id: string;
  outward_issue_id: string;
}

export interface LinkStore {
  insert(link: IssueLinkRecord): void;
  /** Links where the issue is on either end, oldest first. */
  ofIssue(issueId: string): IssueLinkRecord[];
}

export function linkStore(db: Database): LinkStore {
  return {
    insert(link) {
      db.prepare('INSERT INTO jira_issue_links (id, type_id, inward_issue_id, outward_issue_id) VALUES (?, ?, ?, ?)').run(
        link.id,
        link.typeId,
        link.inwardIssueId,
        link.outwardIssueId,
      );
    },
    ofIssue(issueId) {
      return db
        .prepare<[string, string], LinkRow>(
          `SELECT * FROM jira_issue_links WHERE inward_issue_id = ? OR outward_issue_id = ? ORDER BY CAST(id AS INTEGER)`,
        )
        .all(issueId, issueId)
        .map((row) => ({
          id: row.id,
          typeId: row.type_id,
          inwardIssueId: row.inward_issue_id,
          outwardIssueId: row.outward_issue_id,
        }));
    },
  };
}
