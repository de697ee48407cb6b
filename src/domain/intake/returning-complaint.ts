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
 * The changes of such a complaint that are news: those dated at or after `deletedBefore`. The
 * earlier ones were recorded and their messages sent while the complaint was indexed; recorded
 * again they would send them again, as their trail keys went with the trail.
 */
export const changesSince = (changes: readonly ChangeEntry[], deletedBefore: number): ChangeEntry[] => changes.filter((e) => e.at >= deletedBefore);
