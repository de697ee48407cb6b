import { changelogEntries, changelogFieldsOf } from '../../jira/intake/changelog-entries';
import { fieldsToRead } from '../../jira/intake/fields-to-read';
import { issueSnapshot } from '../../jira/intake/issue-snapshot';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import { handleComplaintEvent, type HandleComplaintEventDeps, type HandledEvent } from './handle-complaint-event';

export interface TakeInComplaintDeps extends HandleComplaintEventDeps {
  readonly jira: HandleComplaintEventDeps['jira'] & Pick<JiraPort, 'readIssue' | 'changelogs'>;
}

/**
 * Records a complaint as Jira has it now, at once, rather than when its issue event arrives: one
 * read of the issue and one of its changelog, handled as the event would be. The changelog's
 * entries carry the events' own trail keys (`changelogEntries`), so the event that arrives later,
 * or the daily reconciliation, finds everything recorded and changes nothing, and each message
 * goes out once. Null when Jira no longer shows the issue to the app.
 */
export const takeInComplaint = async (deps: TakeInComplaintDeps, binding: ProjectBinding, issueId: string): Promise<HandledEvent | null> => {
  const issue = await deps.jira.readIssue(issueId, fieldsToRead(binding));
  const snapshot = issue === null ? null : issueSnapshot(issue, binding, deps.config);
  if (snapshot === null) return null;
  const histories = await deps.jira.changelogs([issueId], changelogFieldsOf(binding));
  const entries = changelogEntries(issueId, histories.get(issueId) ?? [], binding, snapshot.complaint.status);
  return handleComplaintEvent(deps, binding, { snapshot, entries });
};
