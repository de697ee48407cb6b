import type { TrailEntry } from '../complaint';

/**
 * One trail line as the panel shows it: without the complaint's id and the entry's key, which
 * are the index's bookkeeping, and with the optional facts only where the entry has them.
 */
export const panelTrailEntry = (entry: TrailEntry) => ({
  at: entry.at,
  kind: entry.kind,
  actorAccountId: entry.actorAccountId,
  reason: entry.reason,
  recipients: entry.recipients,
  status: entry.status,
  ...(entry.level === undefined ? {} : { level: entry.level }),
  ...(entry.note === undefined ? {} : { note: entry.note }),
  ...(entry.satisfaction === undefined ? {} : { satisfaction: entry.satisfaction }),
  ...(entry.consideredResolved === undefined ? {} : { consideredResolved: entry.consideredResolved }),
  // A rolled-up row of one reminder reads as any other reminder.
  ...(entry.times === undefined || entry.times < 2 ? {} : { times: entry.times }),
});
