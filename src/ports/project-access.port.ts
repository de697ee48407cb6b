/**
 * Whether the invoking user may browse a project, asked of Jira as that user: the dashboard shows
 * a project's figures only to people who could find its complaints in Jira themselves.
 */
export interface ProjectAccess {
  mayBrowseProject(projectKey: string): Promise<boolean>;
}
