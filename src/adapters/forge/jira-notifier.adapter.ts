import type { Notifier } from '../../ports/notifier.port';
import { createForgeCloudClient } from './jira/forge-jira-clients';

/**
 * Notifications as Jira's issue notify, sent as the app: Jira mails the named users and group
 * members who can see the issue. Nobody else is added (not the reporter, who may be the customer,
 * nor watchers or voters), and Jira's refusals reach the caller as JiraRestError.
 */
export const jiraNotifier: Notifier = {
  async send({ issueKey, to, subject, textBody, htmlBody }) {
    const jira = await createForgeCloudClient('app');
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
  },
};
