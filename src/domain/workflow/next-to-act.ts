import type { TrailEntry } from '../complaint';
import type { NotificationMessage } from '../notifications/notification-message';
import type { Recipient } from '../reminders/reminder-plan';

/** Who acts next after a status change (design.md section 3), and what they are told; null when nobody need hear of it. */
export const nextToAct = (
  entry: Pick<TrailEntry, 'kind' | 'status' | 'note'>,
): { readonly roles: readonly Recipient[]; readonly message: NotificationMessage } | null => {
  // The lead is told why, in the words the advocate gave.
  const reason = entry.note === undefined ? {} : { reason: entry.note };
  if (entry.kind === 'returned') return { roles: ['assignee'], message: { kind: 'returned', ...reason } };
  if (entry.kind === 'reopened') return { roles: ['assignee'], message: { kind: 'reopened', ...reason } };
  if (entry.kind === 'transitioned' && entry.status === 'measures_done') return { roles: ['advocate'], message: { kind: 'measures_done' } };
  return null;
};
