import { AppError } from '../../../domain/app-error';
import { LANGUAGES, type Language } from '../../../domain/language';
import type { KeyValueStore } from '../../../ports/key-value.port';

const keyOf = (accountId: string): string => `pref:language:${accountId}`;

const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** The language a user picked in any of the app's screens; null until they pick one. */
export const getLanguagePreference = async (kv: KeyValueStore, accountId: string): Promise<Language | null> => {
  const stored = await kv.get(keyOf(accountId));
  return isLanguage(stored) ? stored : null;
};

/** Remembers a user's language, so that every screen of the app opens in it (Forge cannot offer uk-UA). */
export const setLanguagePreference = async (kv: KeyValueStore, accountId: string, language: string): Promise<Language> => {
  if (!isLanguage(language)) {
    throw new AppError('INVALID_INPUT', `Unsupported language "${language}"`, {
      fields: [{ path: 'language', message: `must be one of ${LANGUAGES.join(', ')}` }],
    });
  }
  await kv.set(keyOf(accountId), language);
  return language;
};
