import type { Language } from '../../domain/language';
import type { LanguagePreferenceRepository } from '../../ports/language-preference.port';

/** The language a user picked in any of the app's screens; null until they pick one. */
export const getLanguagePreference = (preferences: Pick<LanguagePreferenceRepository, 'get'>, accountId: string): Promise<Language | null> =>
  preferences.get(accountId);
