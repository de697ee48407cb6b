import type { Language } from '../domain/language';

/**
 * Who people are, as far as messages need: the language to write to them in. The Forge adapter
 * reads the language a user picked in the app, else their Jira locale (cached), else English.
 */
export interface PeopleDirectory {
  languagesOf(accountIds: readonly string[]): Promise<ReadonlyMap<string, Language>>;
  /**
   * Asks Jira now about the people whose cached answer is missing or soon stale, so that a later
   * message to them asks nothing (routing's notification stays one call). Resolves to how many
   * were asked.
   */
  learnLanguages(accountIds: readonly string[]): Promise<number>;
}
