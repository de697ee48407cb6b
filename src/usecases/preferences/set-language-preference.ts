import { AppError } from '../../domain/app-error';
import { LANGUAGES, type Language } from '../../domain/language';
import type { LanguagePreferenceRepository } from '../../ports/language-preference.port';

const isLanguage = (v: string): v is Language => (LANGUAGES as readonly string[]).includes(v);

/**
 * Remembers a user's language, so that every screen of the app opens in it (Forge cannot offer uk-UA).
 * @throws AppError INVALID_INPUT, storing nothing, for a language the app does not ship.
 */
export const setLanguagePreference = async (preferences: Pick<LanguagePreferenceRepository, 'set'>, accountId: string, language: string): Promise<Language> => {
  if (!isLanguage(language)) {
    throw new AppError('INVALID_INPUT', `Unsupported language "${language}"`, {
      fields: [{ path: 'language', message: `must be one of ${LANGUAGES.join(', ')}` }],
    });
  }
  await preferences.set(accountId, language);
  return language;
};
