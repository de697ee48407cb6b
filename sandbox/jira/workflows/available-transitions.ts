import type { Caller } from '../http/jira-request';
import { workflowOf } from '../issues/issue-workflow';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import type { TransitionRecord } from '../store/workflow-store';
import { conditionsHold } from './transition-rules';

/**
 * The transitions the caller may take now: those that leave the issue's status (a global one
 * from anywhere but its target), when the caller may transition issues and every condition holds.
 */
export function availableTransitions(site: JiraSite, caller: Caller, project: ProjectRecord, issue: IssueRecord): TransitionRecord[] {
  if (!site.permissions.hasProject(caller, project, 'TRANSITION_ISSUES', issue)) return [];
  const statusId = String(issue.fields.status);
  const workflow = workflowOf(site, project, String(issue.fields.issuetype));
  return workflow.transitions
    .filter((transition) => {
      if (transition.type === 'INITIAL') return false;
      if (transition.type === 'GLOBAL') return transition.toStatusId !== statusId;
      return transition.fromStatusIds.includes(statusId);
    })
    .filter((transition) => conditionsHold({ site, caller, project, workflow, transition, original: issue, edited: issue }));
}
