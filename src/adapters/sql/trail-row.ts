import type { Insertable, Selectable } from 'kysely';
import type { KeyedTrailEntry } from '../../ports/store.port';
import { STATUS, TRAIL_KIND } from './column-codes';
import { clip, fit, fitOrNull, flagOrNull, num, numOrNull, satisfactionOf } from './column-values';
import { WIDTH, type TrailTable } from './store-schema';

/*
 * Recipients are stored as one comma-joined string: `assignee,advocate` costs 17 bytes where a
 * JSON array costs 25. A group name may hold a comma, so `%` and `,` inside a recipient are
 * percent-encoded, which keeps the join reversible and the common case readable.
 */
export const encodeRecipients = (recipients: readonly string[]): string =>
  recipients.map((r) => r.replaceAll('%', '%25').replaceAll(',', '%2C')).join(',');

export const decodeRecipients = (stored: string): string[] => (stored === '' ? [] : stored.split(',').map(decodeURIComponent));

export const toTrailRow = (e: KeyedTrailEntry, seq: number): Insertable<TrailTable> => ({
  issue_id: fit(e.issueId, WIDTH.issueId, 'issue_id'),
  entry_key: fit(e.key, WIDTH.entryKey, 'entry_key'),
  seq,
  at: e.at,
  kind: TRAIL_KIND.encode(e.kind),
  actor_account_id: fitOrNull(e.actorAccountId, WIDTH.accountId, 'actor_account_id'),
  reason: fit(e.reason, WIDTH.reason, 'reason'),
  recipients: fit(encodeRecipients(e.recipients), WIDTH.recipients, 'recipients'),
  level: e.level ?? null,
  status: STATUS.encode(e.status),
  note: clip(e.note ?? null, WIDTH.note),
  long_note: e.note === undefined || e.note.length <= WIDTH.note ? null : clip(e.note, WIDTH.longNote),
  satisfaction: e.satisfaction ?? null,
  considered_resolved: flagOrNull(e.consideredResolved ?? null),
  times: e.times ?? null,
});

export const fromTrailRow = (row: Selectable<TrailTable>): KeyedTrailEntry => {
  const level = numOrNull(row.level);
  const satisfaction = satisfactionOf(row.satisfaction);
  return {
    issueId: row.issue_id,
    key: row.entry_key,
    at: num(row.at),
    kind: TRAIL_KIND.decode(row.kind),
    actorAccountId: row.actor_account_id,
    reason: row.reason,
    recipients: decodeRecipients(row.recipients),
    status: STATUS.decode(row.status),
    ...(level === null ? {} : { level }),
    ...(row.note === null ? {} : { note: row.long_note ?? row.note }),
    ...(satisfaction === null ? {} : { satisfaction }),
    ...(row.considered_resolved === null ? {} : { consideredResolved: num(row.considered_resolved) === 1 }),
    ...(row.times === null ? {} : { times: num(row.times) }),
  };
};
