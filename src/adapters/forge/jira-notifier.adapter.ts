import type { DeliveryFailure } from '../../domain/notifications/delivery-policy';
import type { Notifier, SendResult } from '../../ports/notifier.port';
import { createForgeCloudClient } from './jira/forge-jira-clients';
import { isJiraRestError } from './jira/jira-rest-error';

const RATE_LIMITED = 429;
const SERVICE_UNAVAILABLE = 503;

/**
 * Jira's refusal as the outbox reads it. 429 and 503 come before any work, so the mail was not
 * queued. Another 5xx may come after Jira queued it. A 4xx will not change by repeating the call.
 * No answer at all (the call never came back) may also follow the work.
 */
export const deliveryFailureOf = (error: unknown): DeliveryFailure => {
  const reason = error instanceof Error ? error.message : String(error);
  if (!isJiraRestError(error)) return { kind: 'failed', maybeDone: true, reason };
  if (error.status === RATE_LIMITED || error.status === SERVICE_UNAVAILABLE) return { kind: 'deferred', retryAfterMs: error.retryAfterMs, reason };
  if (error.status >= 500) return { kind: 'failed', maybeDone: true, reason };
  return { kind: 'refused', reason };
};

/**
 * Notifications as Jira's issue notify, sent as the app: Jira mails the named users and group
 * members who can see the issue. Nobody else is added (not the reporter, who may be the customer,
 * nor watchers or voters). The transport has already retried a 503 within the invocation; a 429
 * and what is still refused are answered as values, for the outbox to pause, retry or give up.
 */
export const jiraNotifier: Notifier = {
  async send({ issueKey, to, subject, textBody, htmlBody }): Promise<SendResult> {
    // A 429 comes back at once, untried again here: the delivery pauses every sender and the
    // message waits in the outbox, rather than this invocation sleeping out Retry-After.
    const jira = await createForgeCloudClient('app', { retry: { retryRateLimited: false }, onRateLimited: () => Promise.resolve() });
    try {
      await jira.issues.notify({
        issueIdOrKey: issueKey,
        subject,
        textBody,
        htmlBody,
        to: {
          reporter: false,
          assignee: false,
          watchers: false,
          voters: false,
          users: to.accountIds.map((accountId) => ({ accountId })),
          groups: to.groups.map((name) => ({ name })),
        },
      });
    } catch (error) {
      return deliveryFailureOf(error);
    }
    return { kind: 'accepted' };
  },
};
