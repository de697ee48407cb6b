import type { AppConfig } from '../../domain/config/app-config.schema';
import {
  customerEscalatedAt,
  customerEscalationKey,
  customerEscalationStep,
  escalationGrounds,
  type EscalationGround,
} from '../../domain/portal/customer-escalation';
import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { KeyedTrailEntry, Store } from '../../ports/store.port';
import type { DeliverMessageDeps } from '../notifications/deliver-message';
import { deliverMessages } from '../notifications/deliver-messages';
import { rescheduleComplaint, type ScheduleDeps } from '../scheduling/reschedule-complaint';
import { recordCustomerAct } from './record-customer-act';

export interface EscalateComplaintDeps extends DeliverMessageDeps, ScheduleDeps {
  readonly store: Store;
  readonly outbox: Pick<MessageOutbox, 'record' | 'claim' | 'finish' | 'postpone'>;
  readonly config: AppConfig;
}

export interface EscalationRequest {
  readonly issueId: string;
  readonly ground: EscalationGround;
  /** The customer's words, trimmed and checked by the resolver. */
  readonly reason: string;
}

export type EscalationRefusal =
  | { readonly code: 'unknown_complaint' }
  /** The customer escalated in this stage already: once per stay in a status. */
  | { readonly code: 'already_escalated' }
  /** The ground does not hold now (nothing is overdue, no measures yet, or the complaint is closed). */
  | { readonly code: 'ground_not_available' };

export type EscalationOutcome = { readonly kind: 'escalated'; readonly at: number } | { readonly kind: 'refused'; readonly refusal: EscalationRefusal };

const refused = (refusal: EscalationRefusal): EscalationOutcome => ({ kind: 'refused', refusal });

/**
 * The customer's escalation from the portal (issue 16): one step up the ladder of design.md
 * section 5, at most once per stage. The trail key of the stage is the lock: only the call that
 * stores the entry records the message (quoting the words the trail keeps), delivers it and raises
 * the index's level, so a second escalation in the stage, even a concurrent one, changes nothing.
 * The caller has checked that the customer may act on this complaint.
 */
export const escalateComplaint = async (deps: EscalateComplaintDeps, request: EscalationRequest): Promise<EscalationOutcome> => {
  const { store } = deps;
  const row = await store.getComplaint(request.issueId);
  if (row === null) return refused({ code: 'unknown_complaint' });
  const trail = await store.trailOf(row.issueId);
  const now = deps.clock.now();
  if (customerEscalatedAt(row, trail) !== null) return refused({ code: 'already_escalated' });
  if (!escalationGrounds(row, trail, now).includes(request.ground)) return refused({ code: 'ground_not_available' });
  const step = customerEscalationStep(row, trail);
  const entry: KeyedTrailEntry = {
    key: customerEscalationKey(row),
    issueId: row.issueId,
    at: now,
    kind: 'customer_escalated',
    // Never the customer's id: the department reads this trail, and the customer may be anonymous.
    actorAccountId: null,
    reason: `customer.escalated.${request.ground}`,
    recipients: step.recipients,
    level: step.level,
    status: row.status,
    note: request.reason,
  };
  const message = { kind: 'customer_escalated', ground: request.ground, reason: request.reason } as const;
  if (!(await recordCustomerAct(deps, row, { entry, to: step.recipients, message }, now))) return refused({ code: 'already_escalated' });
  // The index's level reads it back from the trail; the sweep's ladder ignores it and escalates on schedule.
  await rescheduleComplaint(deps, row.issueId);
  await deliverMessages(deps, [{ issueId: row.issueId, key: entry.key }]);
  return { kind: 'escalated', at: now };
};
