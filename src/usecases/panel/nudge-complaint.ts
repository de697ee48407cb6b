import { inputContextOf } from '../../domain/workflow/action-input';
import { businessDateOf } from '../../domain/calendar/business-date';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { factsOf } from '../../domain/notifications/complaint-facts';
import { mayPerform, type Denial } from '../../domain/workflow/may-perform';
import { rolesOf, type Person } from '../../domain/workflow/roles-of';
import { nudgeRecipients } from '../../domain/workflow/who-must-act';
import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { KeyedTrailEntry, Store } from '../../ports/store.port';
import type { DeliverMessageDeps } from '../notifications/deliver-message';
import { deliverMessages } from '../notifications/deliver-messages';

/** The trail's reason code of an advocate's Nudge now. */
export const NUDGED_BY_ADVOCATE = 'nudge.by_advocate';

export interface NudgeComplaintDeps extends DeliverMessageDeps {
  readonly store: Pick<Store, 'getComplaint' | 'appendTrail'>;
  readonly outbox: Pick<MessageOutbox, 'record' | 'claim' | 'finish' | 'postpone'>;
  readonly config: AppConfig;
}

export type NudgeRefusal =
  | Denial
  | { readonly code: 'unknown_complaint' }
  /** The complaint was nudged on this business day already. */
  | { readonly code: 'already_nudged' };

export type NudgeOutcome = { readonly kind: 'nudged'; readonly nudgedAt: number } | { readonly kind: 'refused'; readonly refusal: NudgeRefusal };

/**
 * An advocate's Nudge now (design.md section 6): a reminder on demand to whoever must act
 * (`nudgeRecipients`), at most once a business day per complaint. The trail key `nudge:<date>`,
 * the day in the business time zone, is the lock: the message is recorded under that key first,
 * as every message is, and only the call that stores the trail entry delivers it; a second
 * nudge that day finds the key taken and is refused, so nobody hears twice.
 */
export const nudgeComplaint = async (deps: NudgeComplaintDeps, caller: Person, issueId: string): Promise<NudgeOutcome> => {
  const { store, config } = deps;
  const row = await store.getComplaint(issueId);
  if (row === null) return { kind: 'refused', refusal: { code: 'unknown_complaint' } };
  const now = deps.clock.now();
  const today = businessDateOf(now, config.calendar.timeZone);
  const decision = mayPerform({
    action: 'nudge',
    roles: rolesOf(caller, row, config),
    status: row.status,
    input: {},
    ...inputContextOf(config, now),
  });
  if (!decision.allowed) return { kind: 'refused', refusal: decision.denial };
  const to = nudgeRecipients(row, config);
  const entry: KeyedTrailEntry = {
    key: `nudge:${today}`,
    issueId: row.issueId,
    at: now,
    kind: 'nudged',
    actorAccountId: caller.accountId,
    reason: NUDGED_BY_ADVOCATE,
    recipients: [...to.accountIds.map((id) => `user:${id}`), ...to.groups.map((g) => `group:${g}`)],
    status: row.status,
  };
  await deps.outbox.record([{ issueId: row.issueId, key: entry.key, issueKey: row.issueKey, to, message: { kind: 'nudge' }, facts: factsOf(config, row) }], now);
  if ((await store.appendTrail([entry])).length === 0) return { kind: 'refused', refusal: { code: 'already_nudged' } };
  await deliverMessages(deps, [{ issueId: row.issueId, key: entry.key }]);
  return { kind: 'nudged', nudgedAt: now };
};
