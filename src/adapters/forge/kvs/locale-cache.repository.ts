import * as z from 'zod';
import type { KeyValueStore } from '../../../ports/key-value.port';
import { kvsDocument } from './kvs-document';

const DAY_MS = 24 * 60 * 60 * 1000;
/** People rarely change their Jira language; a month-old answer is still good. */
export const LOCALE_FRESH_MS = 30 * DAY_MS;
/**
 * A user Jira does not know (deleted) or will not show is remembered for a day only: it spares a
 * lookup on each message meanwhile, and a user who comes back gets their language the day after.
 */
export const MISSING_FRESH_MS = DAY_MS;

/** What Jira said about a user: their locale (null when Jira hides it), or that it has no such user. */
export interface CachedLocale {
  readonly found: boolean;
  readonly locale: string | null;
  readonly fetchedAt: number;
}

const cachedLocaleSchema = z.object({ found: z.boolean(), locale: z.string().nullable(), fetchedAt: z.number() });

const keyOf = (accountId: string): string => `person:locale:${accountId}`;

/** The cached answer, fresh or not; null when there is none, or it is not one this version wrote. */
export const readCachedLocale = (kv: KeyValueStore, accountId: string): Promise<CachedLocale | null> => kvsDocument(kv, keyOf(accountId), cachedLocaleSchema).load();

export const writeCachedLocale = (kv: KeyValueStore, accountId: string, entry: CachedLocale): Promise<void> => kvsDocument(kv, keyOf(accountId), cachedLocaleSchema).save(entry);

export const isFresh = (entry: CachedLocale, now: number): boolean => now - entry.fetchedAt < (entry.found ? LOCALE_FRESH_MS : MISSING_FRESH_MS);
