import * as z from 'zod';
import { LANGUAGES } from '../../../domain/language';
import type { KeyValueStore } from '../../../ports/key-value.port';
import type { LanguagePreferenceRepository } from '../../../ports/language-preference.port';
import { kvsDocument } from './kvs-document';

const languageSchema = z.enum(LANGUAGES);

/** One KVS document per user; anything stored that is not a shipped language reads as no pick. */
export const languagePreferenceRepository = (kv: KeyValueStore): LanguagePreferenceRepository => {
  const preferenceOf = (accountId: string) => kvsDocument(kv, `pref:language:${accountId}`, languageSchema);
  return {
    get: (accountId) => preferenceOf(accountId).load(),
    set: (accountId, language) => preferenceOf(accountId).save(language),
  };
};
