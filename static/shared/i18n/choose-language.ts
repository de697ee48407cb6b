import { languageOfLocale, type Language } from '../../../src/domain/language';

/** The user's saved choice wins; otherwise the Jira locale decides, and `languageOfLocale` falls back to English. */
export const chooseLanguage = (saved: Language | null, jiraLocale: string | null | undefined): Language =>
  saved ?? languageOfLocale(jiraLocale);
