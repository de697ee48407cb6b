import type { AppConfig } from '../../domain/config/app-config.schema';
import { factsOf } from '../../domain/notifications/complaint-facts';
import type { NotificationMessage } from '../../domain/notifications/notification-message';
import type { Recipient } from '../../domain/reminders/reminder-plan';
import { recipientsOf } from '../../domain/reminders/recipients-of';
import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { ComplaintRecord, KeyedTrailEntry, Store } from '../../ports/store.port';

export interface RecordCustomerActDeps {
  readonly store: Pick<Store, 'appendTrail'>;
  readonly outbox: Pick<MessageOutbox, 'record'>;
  readonly config: AppConfig;
}

/**
 * A customer's act on the portal in the complaint's current stage (an escalation, an answer):
 * its trail entry is the lock, so only the call that stores it records the message, under the
 * entry's key and to the entry's recipients, quoting what the trail keeps. Answers whether this
 * call won; a lost call has changed nothing.
 */
export const recordCustomerAct = async (
  deps: RecordCustomerActDeps,
  row: ComplaintRecord,
  act: { readonly entry: KeyedTrailEntry; readonly to: readonly Recipient[]; readonly message: NotificationMessage },
  now: number,
): Promise<boolean> => {
  if ((await deps.store.appendTrail([act.entry])).length === 0) return false;
  await deps.outbox.record(
    [{ issueId: row.issueId, key: act.entry.key, issueKey: row.issueKey, to: recipientsOf(act.to, row, deps.config), message: act.message, facts: factsOf(deps.config, row) }],
    now,
  );
  return true;
};
