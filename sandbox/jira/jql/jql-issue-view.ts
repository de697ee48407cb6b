import type { StatusCategoryKey } from './jql-status-category';

/** What the evaluator needs of an issue; the emulator maps its stored issue onto this. */
export interface JqlIssueView {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly issueTypeName: string;
  readonly issueTypeId: string;
  readonly statusName: string;
  readonly statusId: string;
  readonly statusCategoryKey: StatusCategoryKey;
  readonly assigneeAccountId: string | null;
  readonly reporterAccountId: string | null;
  readonly resolutionName: string | null;
  /** Epoch milliseconds. */
  readonly created: number;
  readonly updated: number;
  /** When the resolution was set; null while the issue has none. */
  readonly resolved: number | null;
  readonly labels: readonly string[];
  /** Component names. */
  readonly components: readonly string[];
  /**
   * Keyed `customfield_10001`. Select options as `{ value }` or `{ id, value }`, users as
   * `{ accountId }`, numbers, strings, dates as `2026-01-31` or ISO date-times; arrays for multi-value fields.
   */
  readonly customFields: Readonly<Record<string, unknown>>;
}

/** Who searches and when: dates and `currentUser()` resolve against this. */
export interface JqlContext {
  /** Epoch milliseconds. */
  readonly now: number;
  readonly currentAccountId: string | null;
  /** IANA zone of the searcher; date literals and startOfDay() are read in it. */
  readonly timeZone: string;
  /** Custom fields that exist on the site, as `customfield_10001`. */
  readonly knownCustomFieldIds: ReadonlySet<string>;
}
