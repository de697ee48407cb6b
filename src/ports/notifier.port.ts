import type { Language } from '../domain/language';

export interface NotificationRecipients {
  readonly accountIds: readonly string[];
  readonly groups: readonly string[];
}

export interface OutgoingNotification {
  readonly issueKey: string;
  readonly to: NotificationRecipients;
  /** Message key and parameters; the adapter renders them in the recipient's language. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly language: Language;
}

/** Sends a notification about a complaint (Jira's issue notify in production). */
export interface Notifier {
  send(notification: OutgoingNotification): Promise<void>;
}
