import type { Language } from '../domain/language';

/**
 * Who people are, as far as messages need: the language to write to them in. The Forge adapter
 * reads the language a user picked in the app, else their Jira locale (cached), else English.
 */
export interface PeopleDirectory {
  languagesOf(accountIds: readonly string[]): Promise<ReadonlyMap<string, Language>>;
}
