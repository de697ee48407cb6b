import type { Language } from '../domain/language';

/** The language each user picked in the app's screens (Forge cannot offer uk-UA, so the app remembers it). */
export interface LanguagePreferenceRepository {
  /** The user's pick; null until they pick one. */
  get(accountId: string): Promise<Language | null>;
  set(accountId: string, language: Language): Promise<void>;
}
