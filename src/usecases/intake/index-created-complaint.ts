import type { AppConfig } from '../../domain/config/app-config.schema';
import { fieldsToRead } from '../../jira/intake/fields-to-read';
import { issueSnapshot } from '../../jira/intake/issue-snapshot';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import { recordComplaintEvent, type RecordEventDeps } from './record-complaint-event';

export interface IndexCreatedComplaintDeps extends RecordEventDeps {
  readonly jira: Pick<JiraPort, 'readIssue'>;
  readonly config: AppConfig;
}

/**
 * A complaint the app has just created, in the index now rather than when its created event
 * comes: whoever asked for it finds it at once. Recorded through the intake's own
 * `recordComplaintEvent`, as its event would; the event then finds the row, still unrouted, and
 * routes it. Nothing happens if the event was first.
 */
export const indexCreatedComplaint = async (deps: IndexCreatedComplaintDeps, binding: ProjectBinding, issueId: string): Promise<void> => {
  if ((await deps.store.getComplaint(issueId)) !== null) return;
  const snapshot = issueSnapshot(await deps.jira.readIssue(issueId, fieldsToRead(binding)), binding, deps.config);
  if (snapshot !== null) await recordComplaintEvent(deps, snapshot, []);
};
