import type { DeliveryFailure } from '../domain/notifications/delivery-policy';

export interface NotificationRecipients {
  readonly accountIds: readonly string[];
  readonly groups: readonly string[];
}

/** A message about one complaint, already rendered in the recipients' languages. */
export interface OutgoingNotification {
  readonly issueKey: string;
  readonly to: NotificationRecipients;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
}

/** Jira's answer to a notification: accepted, or why not, as the outbox's retry policy reads it. */
export type SendResult = { readonly kind: 'accepted' } | DeliveryFailure;

/** Sends a notification about a complaint: one Jira `POST /issue/{key}/notify` in production. */
export interface Notifier {
  send(notification: OutgoingNotification): Promise<SendResult>;
}
