import type { AppConfig } from '../../domain/config/app-config.schema';
import type { NotificationMessage } from '../../domain/notifications/notification-message';
import { customerAnswerKey, customerAnswerOf, mayConfirmOutcome, type CustomerAnswer } from '../../domain/portal/customer-outcome';
import { WORKFLOW } from '../../domain/workflow/complaint-workflow';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import { transitionFields } from '../../jira/transitions/transition-fields';
import type { IssueTransitions } from '../../ports/issue-transitions.port';
import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';
import { takeInComplaint, type TakeInComplaintDeps } from '../intake/take-in-complaint';
import { deliverMessages } from '../notifications/deliver-messages';
import { rescheduleComplaint } from '../scheduling/reschedule-complaint';
import { writeRating } from '../panel/call-rating';
import { recordCustomerAct } from './record-customer-act';

export interface ConfirmOutcomeDeps extends TakeInComplaintDeps {
  /** Jira's transitions as the app: the customer may not reopen a complaint in Jira, the app does it for them. */
  readonly appTransitions: IssueTransitions;
  readonly config: AppConfig;
}

export type OutcomeRefusal =
  | { readonly code: 'unknown_complaint' }
  | { readonly code: 'project_not_set_up' }
  /** Not at Measures done, nor closed as done. */
  | { readonly code: 'wrong_status' }
  /** The customer answered in this stage already. */
  | { readonly code: 'already_answered' }
  /**
   * Jira did not let the app reopen the complaint (its workflow's condition, or the status changed
   * meanwhile). The answer stands: the words are on the trail and the advocate is told.
   */
  | { readonly code: 'reopen_refused' };

export type OutcomeResult = { readonly kind: 'answered'; readonly at: number } | { readonly kind: 'refused'; readonly refusal: OutcomeRefusal };

const refused = (refusal: OutcomeRefusal): OutcomeResult => ({ kind: 'refused', refusal });

/** Jira's Reason field is one line of 255 characters; the trail keeps the customer's whole words. */
const REASON_FIELD_CHARS = 255;

const messageOf = (answer: CustomerAnswer, reopens: boolean): NotificationMessage => {
  if (answer.resolved) return { kind: 'customer_confirmed', satisfaction: answer.satisfaction };
  return reopens ? { kind: 'customer_reopened', reason: answer.words } : { kind: 'customer_not_resolved', reason: answer.words };
};

const entryOf = (row: ComplaintRecord, answer: CustomerAnswer, at: number): KeyedTrailEntry => ({
  key: customerAnswerKey(row),
  issueId: row.issueId,
  at,
  kind: 'customer_confirmed',
  // Never the customer's id: the department reads this trail, and the customer may be anonymous.
  actorAccountId: null,
  reason: answer.resolved ? 'customer.confirmed' : 'customer.not_resolved',
  recipients: ['advocate'],
  status: row.status,
  consideredResolved: answer.resolved,
  ...(answer.resolved ? { satisfaction: answer.satisfaction } : { note: answer.words }),
});

/** The app's Reopen of a closed complaint, with the customer's words (cut to the field) as its reason. */
const reopenAsApp = async (deps: ConfirmOutcomeDeps, binding: ProjectBinding, row: ComplaintRecord, words: string): Promise<boolean> => {
  const reason = Array.from(words).slice(0, REASON_FIELD_CHARS).join('');
  const answer = await deps.appTransitions.perform(row.issueId, WORKFLOW.reopen.transitionName ?? 'Reopen', transitionFields('reopen', { reason }, binding.fieldIds));
  return answer.kind === 'done';
};

/**
 * The customer's answer on the portal (issue 16), once per stage, at Measures done (instead of
 * the call, when the advocate cannot reach them) or once closed as done (after it). A rating
 * becomes the complaint's satisfaction and "considers it resolved" = yes, in the app's read-only
 * fields (as the advocate's Close writes them) and in the index, so the dashboard counts it; at
 * Measures done the advocate still closes. "Not resolved" at Closed has the app reopen the
 * complaint for the advocate (Jira's Reopen as the app, so the intake counts the reopen and asks
 * the lead for new measures as after the advocate's Reopen). The trail entry of the stage is the
 * lock and goes first, with the customer's words: only the call that stores it records the
 * advocate's message and then changes Jira, so answers sent at once change Jira once, as the
 * trail says. The message is recorded before Jira changes (design.md section 5), so a failure in
 * between loses neither the words nor the mail; a refused reopen is answered as such, the
 * message worded to hold either way. The caller has checked that the customer may act on this
 * complaint.
 */
export const confirmOutcome = async (deps: ConfirmOutcomeDeps, issueId: string, answer: CustomerAnswer): Promise<OutcomeResult> => {
  const { store } = deps;
  const row = await store.getComplaint(issueId);
  if (row === null) return refused({ code: 'unknown_complaint' });
  if (!mayConfirmOutcome(row)) return refused({ code: 'wrong_status' });
  if (customerAnswerOf(row, await store.trailOf(issueId)) !== null) return refused({ code: 'already_answered' });
  const binding = await deps.bindings.load(row.projectKey);
  if (binding === null) return refused({ code: 'project_not_set_up' });
  // "Not resolved" of a closed complaint: the words the app reopens it with.
  const reopenWith = !answer.resolved && row.status === 'closed' ? answer.words : null;
  const reopens = reopenWith !== null;
  const now = deps.clock.now();
  const entry = entryOf(row, answer, now);
  if (!(await recordCustomerAct(deps, row, { entry, to: ['advocate'], message: messageOf(answer, reopens) }, now))) return refused({ code: 'already_answered' });
  const message = { issueId, key: entry.key };
  const reopened = reopenWith !== null && (await reopenAsApp(deps, binding, row, reopenWith));
  if (answer.resolved) {
    await writeRating(deps.jira, binding, issueId, { satisfaction: answer.satisfaction, consideredResolved: true });
    await rescheduleComplaint(deps, issueId, () => ({ satisfaction: answer.satisfaction, consideredResolved: true }));
  } else if (reopened) await takeInComplaint(deps, binding, issueId);
  await deliverMessages(deps, [message]);
  return reopens && !reopened ? refused({ code: 'reopen_refused' }) : { kind: 'answered', at: now };
};
