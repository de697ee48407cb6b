import type { Database } from 'better-sqlite3';
import type { NotificationRecipient, NotificationRecord } from '../emulator.types';

interface NotificationRow {
  id: number;
  issue_id: string;
  issue_key: string;
  sender_account_id: string;
  subject: string;
  text_body: string;
  html_body: string;
  recipients: string;
  sent_at: number;
}

export interface OutboxStore {
  insert(notification: Omit<NotificationRecord, 'id'>): void;
  /** Oldest first. */
  all(): NotificationRecord[];
}

export function outboxStore(db: Database): OutboxStore {
  return {
    insert(notification) {
      db.prepare(
        `INSERT INTO jira_notifications
           (issue_id, issue_key, sender_account_id, subject, text_body, html_body, recipients, sent_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        notification.issueId,
        notification.issueKey,
        notification.senderAccountId,
        notification.subject,
        notification.textBody,
        notification.htmlBody,
        JSON.stringify(notification.recipients),
        notification.sentAt,
      );
    },
    all() {
      return db
        .prepare<[], NotificationRow>('SELECT * FROM jira_notifications ORDER BY id')
        .all()
        .map((row) => ({
          id: row.id,
          issueId: row.issue_id,
          issueKey: row.issue_key,
          senderAccountId: row.sender_account_id,
          subject: row.subject,
          textBody: row.text_body,
          htmlBody: row.html_body,
          recipients: JSON.parse(row.recipients) as NotificationRecipient[],
          sentAt: row.sent_at,
        }));
    },
  };
}
