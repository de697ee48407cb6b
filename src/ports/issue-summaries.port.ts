/** Jira asked as the invoking user, so that what they may not browse stays out of the answer. */
export interface IssueSummaries {
  /**
   * The summaries of those of these issues (at most `ISSUE_SUMMARIES_LIMIT`) the user may browse,
   * by issue id, in one search. An issue Jira does not show them has no entry.
   */
  summariesOf(issueIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/** Jira's `/search/jql` answers at most 100 issues a page when fields are asked for: one call. */
export const ISSUE_SUMMARIES_LIMIT = 100;
