import { COMPLAINT_ISSUE_TYPE } from '../../../jira/provisioning/complaint-issue-type';
import { sameName } from '../../../jira/provisioning/complaint-statuses';
import type { IssueTypeSetup } from '../../../ports/setup/issue-type-setup.port';
import type { SetupProject } from '../../../ports/setup/setup-shapes';
import type { RecordChange } from './record-change';

/** The Complaint issue type exists and the project offers it. Returns its id. */
export const ensureComplaintIssueType = async (jira: IssueTypeSetup, project: SetupProject, record: RecordChange): Promise<string> => {
  let type = (await jira.issueTypes()).find((t) => sameName(t.name, COMPLAINT_ISSUE_TYPE.name));
  if (type === undefined) {
    type = await jira.createIssueType(COMPLAINT_ISSUE_TYPE);
    record({ action: 'created', entity: 'issue-type', name: type.name });
  }
  if (!project.issueTypeIds.includes(type.id)) {
    const scheme = await jira.issueTypeSchemeOf(project.id);
    // Jira's default scheme already holds every issue type and refuses edits.
    if (!scheme.isDefault) {
      await jira.addIssueTypeToScheme(scheme.id, type.id);
      record({ action: 'updated', entity: 'issue-type-scheme', name: scheme.name });
    }
  }
  return type.id;
};
