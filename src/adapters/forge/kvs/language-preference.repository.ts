import { LANGUAGES, type Language } from '../../../domain/language';
import type { KeyValueStore } from '../../../ports/key-value.port';
import type { LanguagePreferenceRepository } from '../../../ports/language-preference.port';

const keyOf = (accountId: string): string => `pref:language:${accountId}`;

const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** One KVS document per user; anything stored that is not a shipped language reads as no pick. */
export const languagePreferenceRepository = (kv: KeyValueStore): LanguagePreferenceRepository => ({
  async get(accountId) {
    const stored = await kv.get(keyOf(accountId));
    return isLanguage(stored) ? stored : null;
  },
  set: (accountId, language) => kv.set(keyOf(accountId), language),
});
