import { REQUEST_PARTICIPANTS_FIELD, REQUEST_TYPE_FIELD } from '../fields/well-known-fields';
import { serviceDeskError } from '../http/jira-error';
import type { JiraSite } from '../jira-site';
import type { Caller } from '../http/jira-request';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import type { ServiceDeskRecord } from '../store/service-desk-store';

const NO_REQUEST = 'The request could not be found or you do not have permission to view it.';

export interface VisibleRequest {
  readonly issue: IssueRecord;
  readonly project: ProjectRecord;
  readonly desk: ServiceDeskRecord;
}

/**
 * A request of a service project that the caller may browse; JSM answers 404 alike for one that
 * does not exist and one the caller may not see, so a customer cannot probe for others' requests.
 */
export function visibleRequest(site: JiraSite, caller: Caller, issueIdOrKey: string): VisibleRequest {
  const issue = site.issues.byIdOrKey(issueIdOrKey);
  const project = issue === null ? null : site.projects.byIdOrKey(issue.projectId);
  const desk = project === null ? null : site.serviceDesks.byProjectId(project.id);
  if (issue === null || project === null || desk === null) throw serviceDeskError(404, NO_REQUEST);
  if (!site.permissions.hasProject(caller, project, 'BROWSE_PROJECTS', issue)) throw serviceDeskError(404, NO_REQUEST);
  return { issue, project, desk };
}

/** The account ids in the issue's Request participants field. */
export const participantsOf = (issue: IssueRecord): string[] => {
  const value = issue.fields[REQUEST_PARTICIPANTS_FIELD];
  return Array.isArray(value) ? value.map(String) : [];
};

/** An issue raised through a request type: JSM lists only these as customer requests. */
export const isCustomerRequest = (issue: IssueRecord): boolean => typeof issue.fields[REQUEST_TYPE_FIELD] === 'string';
