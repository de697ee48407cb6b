import type { CloudCalls } from './jira/jira-calls';
import { languageOfLocale, type Language } from '../../domain/language';
import type { Clock } from '../../ports/clock.port';
import type { KeyValueStore } from '../../ports/key-value.port';
import type { LanguagePreferenceRepository } from '../../ports/language-preference.port';
import type { PeopleDirectory } from '../../ports/people.port';
import { createForgeCloudClient } from './jira/forge-jira-clients';
import { isJiraRestError } from './jira/jira-rest-error';
import { isFresh, readCachedLocale, writeCachedLocale, type CachedLocale } from './kvs/locale-cache.repository';

/** Jira lookups per call at most: a message to many people must not spend the invocation on them. */
export const MAX_JIRA_LOOKUPS = 20;
/**
 * `learnLanguages` asks again about an answer that would be stale this long from now, so that a
 * daily caller keeps it fresh through a week of missed days and a message never has to ask.
 */
export const RENEW_AHEAD_MS = 7 * 24 * 60 * 60 * 1000;

type UserReader = Pick<CloudCalls['users'], 'getUser'>;

export interface PeopleDirectoryDeps {
  /** Where Jira's answers are cached. */
  readonly kv: KeyValueStore;
  /** The languages people picked in the app, which win over Jira's locale. */
  readonly preferences: Pick<LanguagePreferenceRepository, 'get'>;
  readonly clock: Clock;
  /** jira.js's users API; by default the app's own Forge client, made only when Jira must be asked. */
  readonly users?: () => Promise<UserReader>;
}

/** What the store knows of a person: their language, or else Jira's last answer, however old (or none). */
type Stored = { readonly language: Language } | { readonly stale: CachedLocale | null };

const readStored = async ({ kv, preferences }: PeopleDirectoryDeps, accountId: string, now: number): Promise<Stored> => {
  const picked = await preferences.get(accountId);
  if (picked !== null) return { language: picked };
  const cached = await readCachedLocale(kv, accountId);
  return cached !== null && isFresh(cached, now) ? { language: languageOfLocale(cached.locale) } : { stale: cached };
};

// Jira's definite "no such user" or "not yours to see". Anything else may pass, so it is not remembered.
const isDefiniteMiss = (error: unknown): boolean => isJiraRestError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN');

/** Jira's answer about one user, to cache; null when Jira could not answer now. */
const lookUp = async (users: UserReader, accountId: string, now: number): Promise<CachedLocale | null> => {
  try {
    const user = await users.getUser({ accountId });
    return { found: true, locale: user.locale ?? null, fetchedAt: now };
  } catch (error) {
    if (isDefiniteMiss(error)) return { found: false, locale: null, fetchedAt: now };
    console.warn('People directory: Jira could not tell a user’s locale, so they are written to in English for now', error);
    return null;
  }
};

const defaultUsers = async (): Promise<UserReader> => (await createForgeCloudClient('app')).users;

/** Asks Jira about each person, caches each answer, and gives back their language: Jira's answer, else the stale one. */
const lookUpAll = async (
  { kv, users = defaultUsers }: PeopleDirectoryDeps,
  toLookUp: readonly { readonly id: string; readonly stale: CachedLocale | null }[],
  now: number,
): Promise<Map<string, Language>> => {
  const languages = new Map<string, Language>();
  if (toLookUp.length === 0) return languages;
  const reader = await users();
  await Promise.all(
    toLookUp.map(async ({ id, stale }) => {
      const answer = await lookUp(reader, id, now);
      if (answer !== null) await writeCachedLocale(kv, id, answer);
      languages.set(id, languageOfLocale((answer ?? stale)?.locale));
    }),
  );
  return languages;
};

/**
 * The language to write to each person in: the one they picked in the app, else their Jira locale
 * (cached in KVS, asked again after 30 days), else English. Jira is asked about 20 people at most
 * per call; the others, and anyone Jira cannot tell about, get Jira's last answer if there was
 * one, else English.
 */
export const createPeopleDirectory = (deps: PeopleDirectoryDeps): PeopleDirectory => ({
  async languagesOf(accountIds) {
    const now = deps.clock.now();
    const ids = [...new Set(accountIds)];
    const stored = await Promise.all(ids.map(async (id) => ({ id, stored: await readStored(deps, id, now) })));
    const languages = new Map<string, Language>();
    const toLookUp: { readonly id: string; readonly stale: CachedLocale | null }[] = [];
    for (const { id, stored: known } of stored) {
      if ('language' in known) languages.set(id, known.language);
      else if (toLookUp.length < MAX_JIRA_LOOKUPS) toLookUp.push({ id, stale: known.stale });
      else languages.set(id, languageOfLocale(known.stale?.locale));
    }
    for (const [id, language] of await lookUpAll(deps, toLookUp, now)) languages.set(id, language);
    return languages;
  },

  async learnLanguages(accountIds) {
    const now = deps.clock.now();
    // Judged a week ahead: whoever is due to be asked within the week is asked now.
    const stored = await Promise.all([...new Set(accountIds)].map(async (id) => ({ id, stored: await readStored(deps, id, now + RENEW_AHEAD_MS) })));
    const toLookUp = stored.flatMap(({ id, stored: known }) => ('stale' in known ? [{ id, stale: known.stale }] : [])).slice(0, MAX_JIRA_LOOKUPS);
    await lookUpAll(deps, toLookUp, now);
    return toLookUp.length;
  },
});
