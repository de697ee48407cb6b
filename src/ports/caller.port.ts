/** What Jira says of the user who invoked a resolver, about one issue. */
export interface CallerFacts {
  /** Whether they may browse the issue. */
  readonly mayBrowse: boolean;
  /** Whether they hold Administer Jira. */
  readonly isJiraAdmin: boolean;
  /** The names of their groups, nested ones included. */
  readonly groups: readonly string[];
}

/**
 * Jira asked as the invoking user, never the payload: the Forge adapter calls Jira with the
 * user's own authority, so the answer is about whoever Forge says is calling.
 */
export interface CallerDirectory {
  factsOn(issueId: string): Promise<CallerFacts>;
}

/** The invoking user's groups, nested ones included, as Jira answers that user: for a page that is on no issue. */
export interface CallerGroups {
  groupsOfCaller(): Promise<readonly string[]>;
}
