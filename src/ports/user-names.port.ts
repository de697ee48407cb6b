/**
 * People's display names, as Jira shows them, for a view that mentions accounts. Names are
 * asked per view rather than stored: Jira owns them, and people change them.
 */
export interface UserNameDirectory {
  /** The names of these accounts; an account Jira does not know, or that is inactive, is absent. */
  displayNamesOf(accountIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
}
