import { ISSUE_NOT_FOUND, forbidden, notFound } from '../http/jira-error';
import type { Caller } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import type { ProjectPermission } from '../permissions/permission-catalog';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';

export interface IssueInProject {
  readonly issue: IssueRecord;
  readonly project: ProjectRecord;
}

/** The issue if the caller may browse it; otherwise the same 404 as a missing issue, as Jira does. */
export function browsableIssue(site: JiraSite, caller: Caller, idOrKey: string): IssueInProject {
  const issue = site.issues.byIdOrKey(idOrKey);
  const project = issue === null ? null : site.projects.byIdOrKey(issue.projectId);
  if (issue === null || project === null || !site.permissions.hasProject(caller, project, 'BROWSE_PROJECTS', issue)) {
    throw notFound(ISSUE_NOT_FOUND);
  }
  return { issue, project };
}

/** A 403 with Jira's wording unless the caller holds the permission on this issue. */
export function requireIssuePermission(
  site: JiraSite,
  caller: Caller,
  { issue, project }: IssueInProject,
  permission: ProjectPermission,
  message: string,
): void {
  if (!site.permissions.hasProject(caller, project, permission, issue)) throw forbidden(message);
}
