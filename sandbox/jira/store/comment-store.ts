import type { Database } from 'better-sqlite3';
import type { AdfDocument } from '../fields/adf';

export interface CommentRecord {
  readonly id: string;
  readonly issueId: string;
  readonly authorAccountId: string;
  readonly body: AdfDocument;
  /** False for JSM internal notes, which portal customers never see. */
  readonly jsdPublic: boolean;
  readonly created: number;
  readonly updated: number;
}

interface CommentRow {
  id: string;
  issue_id: string;
  author_account_id: string;
  body: string;
  jsd_public: number;
  created: number;
  updated: number;
}

export interface CommentStore {
  insert(comment: CommentRecord): void;
  /** Oldest first. */
  ofIssue(issueId: string): CommentRecord[];
}

export function commentStore(db: Database): CommentStore {
  return {
    insert(comment) {
      db.prepare(
        `INSERT INTO jira_comments (id, issue_id, author_account_id, body, jsd_public, created, updated)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        comment.id,
        comment.issueId,
        comment.authorAccountId,
        JSON.stringify(comment.body),
        comment.jsdPublic ? 1 : 0,
        comment.created,
        comment.updated,
      );
    },
    ofIssue(issueId) {
      return db
        .prepare<[string], CommentRow>('SELECT * FROM jira_comments WHERE issue_id = ? ORDER BY CAST(id AS INTEGER)')
        .all(issueId)
        .map((row) => ({
          id: row.id,
          issueId: row.issue_id,
          authorAccountId: row.author_account_id,
          body: JSON.parse(row.body) as AdfDocument,
          jsdPublic: row.jsd_public === 1,
          created: row.created,
          updated: row.updated,
        }));
    },
  };
}
