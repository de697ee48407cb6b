import type { ChangeEntry } from './complaint-event';

/**
 * Whether an issue the index holds no trace of may be one the retention deleted: it was created
 * before the recorded `deleted_before` (the latest index horizon applied; null before the first).
 * The index cannot tell it from one it never saw, and need not: either way its history before
 * that moment was settled long ago.
 */
export const mayHaveBeenDeleted = (createdAt: number, deletedBefore: number | null): deletedBefore is number =>
  deletedBefore !== null && createdAt < deletedBefore;

/**
 * Before this moment every change of every issue is settled history: the reconciliation, which
 * runs daily, recorded each long ago, and the retention may since have deleted the trail entries
 * whose keys would stop it being recorded again (after `trimmed_before`) or the whole row (after
 * `deleted_before`). Null while the retention has not run.
 */
export const settledBefore = (trimmedBefore: number | null, deletedBefore: number | null): number | null =>
  trimmedBefore === null ? deletedBefore : Math.max(trimmedBefore, deletedBefore ?? trimmedBefore);

/**
 * The changes that are news: those dated at or after `settled`. The earlier ones were recorded
 * and their messages sent long ago; recorded again they would send them again, as their trail
 * keys went with the trail.
 */
export const changesSince = (changes: readonly ChangeEntry[], settled: number | null): ChangeEntry[] =>
  settled === null ? [...changes] : changes.filter((e) => e.at >= settled);
