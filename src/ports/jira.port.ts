/** Issues found by a bounded JQL search, as Jira returns them (REST v3 shapes, to be read by `issueSnapshot`). */
export interface FoundIssues {
  readonly issues: readonly unknown[];
  /** False when a bound stopped the walk before Jira's last page. */
  readonly complete: boolean;
}

/** A value of one of the app's Forge fields: a number, a string, a user (`user` fields), or empty. */
export type AppFieldValue = number | string | { readonly accountId: string } | null;

/**
 * What the app needs of Jira at runtime, as the app. The adapter speaks REST v3 through
 * requestJira, honours 429 Retry-After, retries 5xx with backoff, and rewraps errors as AppError.
 */
export interface JiraPort {
  /** Reads one issue with these fields (`GET /issue/{id}?fields=…`); null when Jira has no such issue, or hides it from the app. */
  readIssue(issueId: string, fields: readonly string[]): Promise<unknown>;
  /** Assigns the issue (`PUT /issue/{key}/assignee`). */
  assign(issueIdOrKey: string, accountId: string): Promise<void>;
  /**
   * Sets the app's own (read-only) Forge fields on one issue in one call (`POST /app/field/value`),
   * without a changelog entry or an app event of their own: they copy what the app already recorded.
   */
  setAppFieldValues(issueId: string, values: readonly { readonly fieldId: string; readonly value: AppFieldValue }[]): Promise<void>;
  /**
   * Sets a single-select field to the option with this value, as the app and off the edit screen
   * (`PUT /issue/{id}?overrideScreenSecurity=true`, which needs the app to hold Administer Jira):
   * the Department an advocate re-routes to, which people may not edit.
   */
  setOptionOverridingScreens(issueId: string, fieldId: string, optionValue: string): Promise<void>;
  /**
   * Links the complaint to the one it duplicates with Jira's Duplicate link (`POST /issueLink`):
   * "issueKey duplicates duplicatedKey". An AppError NOT_FOUND when Jira has no such issue, or hides it.
   */
  linkAsDuplicate(issueKey: string, duplicatedKey: string): Promise<void>;
  /**
   * Creates an issue as the app (`POST /issue`) from fields keyed by Jira's field ids, as Jira
   * takes them on create; answers the new issue's id and key.
   */
  createIssue(fields: Readonly<Record<string, unknown>>): Promise<{ readonly id: string; readonly key: string }>;
  /** Links two issues with Jira's Relates link (`POST /issueLink`): "issueKey relates to otherKey". */
  linkAsRelated(issueKey: string, otherKey: string): Promise<void>;
  /** A bounded JQL search with these fields, over at most `maxResults` issues (`/search/jql`, paged with nextPageToken). */
  searchIssues(jql: string, fields: readonly string[], maxResults: number): Promise<FoundIssues>;
  /**
   * The change histories of these issues (at most 1000), narrowed to the items of `fieldIds`, as
   * Jira's REST API gives them (`POST /changelog/bulkfetch`, paged with nextPageToken), by issue
   * id. An issue Jira does not show the app has no entry.
   */
  changelogs(issueIds: readonly string[], fieldIds: readonly string[]): Promise<ReadonlyMap<string, readonly unknown[]>>;
}
