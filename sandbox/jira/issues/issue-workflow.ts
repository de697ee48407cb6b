import type { Caller } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import type { TransitionRecord, WorkflowRecord } from '../store/workflow-store';

/** The workflow that governs an issue: its project's scheme, by its issue type. */
export function workflowOf(site: JiraSite, project: ProjectRecord, issueTypeId: string): WorkflowRecord {
  return site.workflows.workflowFor(project.workflowSchemeId, issueTypeId);
}

/** The transitions the caller may take from the issue's current status. */
export function availableTransitions(site: JiraSite, caller: Caller, project: ProjectRecord, issue: IssueRecord): TransitionRecord[] {
  if (!site.permissions.hasProject(caller, project, 'TRANSITION_ISSUES', issue)) return [];
  const statusId = String(issue.fields.status);
  return workflowOf(site, project, String(issue.fields.issuetype)).transitions.filter((transition) => {
    if (transition.type === 'INITIAL') return false;
    if (transition.type === 'GLOBAL') return transition.toStatusId !== statusId;
    return transition.fromStatusIds.includes(statusId);
  });
}
