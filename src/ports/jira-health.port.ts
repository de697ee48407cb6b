/** What the health check asks of Jira, as the app. */
export interface JiraHealth {
  /** Which of these accounts Jira lets be assigned issues in the project. */
  assignableIn(projectKey: string, accountIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Which of these project permissions the app lacks in the project. */
  missingAppPermissions(projectKey: string, permissions: readonly string[]): Promise<readonly string[]>;
}

/** The complaint index's count of complaints in triage. */
export interface TriageCount {
  /** Open complaints with no department. */
  openInTriage(): Promise<number>;
}
