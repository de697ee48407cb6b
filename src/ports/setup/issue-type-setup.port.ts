import type { IssueTypeScheme, NamedId } from './setup-shapes';

/** The Complaint issue type and the project's issue type scheme. One method per Jira call (or paged listing). */
export interface IssueTypeSetup {
  /** `GET /issuetype`. */
  issueTypes(): Promise<NamedId[]>;
  /** `POST /issuetype`. */
  createIssueType(spec: { name: string; description: string; hierarchyLevel: number }): Promise<NamedId>;
  /** `GET /issuetypescheme/project`. */
  issueTypeSchemeOf(projectId: string): Promise<IssueTypeScheme>;
  /** `PUT /issuetypescheme/{id}/issuetype`. */
  addIssueTypeToScheme(schemeId: string, issueTypeId: string): Promise<void>;
}
