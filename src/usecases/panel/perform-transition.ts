import { inputContextOf } from '../../domain/workflow/action-input';
import type { ComplaintStatus, Satisfaction } from '../../domain/complaint';
import { checkInput, type ActionInput } from '../../domain/workflow/action-input';
import { WORKFLOW, type TransitionAction } from '../../domain/workflow/complaint-workflow';
import { mayPerform, type Denial } from '../../domain/workflow/may-perform';
import { rolesOf, type Person } from '../../domain/workflow/roles-of';
import { adfText } from '../../jira/intake/adf-text';
import { adfDocument, transitionFields } from '../../jira/transitions/transition-fields';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { IssueTransitions } from '../../ports/issue-transitions.port';
import type { ComplaintRecord } from '../../ports/store.port';
import { takeInComplaint, type TakeInComplaintDeps } from '../intake/take-in-complaint';
import { rescheduleComplaint } from '../scheduling/reschedule-complaint';
import { callEntry, writeRating, type RecordedRating } from './call-rating';

export interface PerformTransitionDeps extends TakeInComplaintDeps {
  /** Jira's transitions as the invoking user. */
  readonly transitions: IssueTransitions;
}

export interface TransitionRequest {
  readonly issueId: string;
  readonly action: TransitionAction;
  readonly input: ActionInput;
  /** On Start work and Revise measures: whether the customer may read the measures on the portal (default: no). */
  readonly shareMeasures?: boolean;
}

export type TransitionRefusal =
  | Denial
  | { readonly code: 'unknown_complaint' }
  | { readonly code: 'project_not_set_up' }
  /** Jira does not offer the user this transition now (its conditions, or a status changed meanwhile). */
  | { readonly code: 'not_offered' }
  /** The workflow's validators refused the input; Jira's messages. */
  | { readonly code: 'jira_refused'; readonly messages: readonly string[] };

export type TransitionOutcome =
  | { readonly kind: 'done'; readonly status: ComplaintStatus }
  | { readonly kind: 'refused'; readonly refusal: TransitionRefusal };

const refused = (refusal: TransitionRefusal): TransitionOutcome => ({ kind: 'refused', refusal });

/** The workflow's checks, and the optional compensation's, which no action requires. */
const denialOf = (deps: PerformTransitionDeps, caller: Person, row: ComplaintRecord, request: TransitionRequest): Denial | null => {
  const context = inputContextOf(deps.config, deps.clock.now(), row.issueKey);
  const decision = mayPerform({ action: request.action, roles: rolesOf(caller, row, deps.config), status: row.status, input: request.input, ...context });
  if (!decision.allowed) return decision.denial;
  const compensation = request.input.compensation === undefined ? null : checkInput('compensation', request.input, context);
  return compensation === null ? null : { code: 'invalid_input', input: 'compensation', problem: compensation };
};

/** Puts the rating from before the call back, so that a refused Close changes nothing; a failure here is only logged, the refusal is what the user must hear. */
const restoreRating = async (deps: PerformTransitionDeps, binding: ProjectBinding, row: ComplaintRecord): Promise<void> => {
  try {
    await writeRating(deps.jira, binding, row.issueId, { satisfaction: row.satisfaction, consideredResolved: row.consideredResolved });
  } catch (error) {
    console.error(`Complaint ${row.issueKey}: the rating of a refused Close could not be taken back`, error);
  }
};

/**
 * The index and trail follow the transition before the panel reloads its view: the same intake
 * as the issue event's (`takeInComplaint`, with the events' trail keys), so the event that
 * arrives later records nothing twice. If it fails, the transition still happened, and the event
 * or the daily reconciliation records it: the user is not told to do it again.
 */
const takeInNow = async (deps: PerformTransitionDeps, binding: ProjectBinding, row: ComplaintRecord): Promise<void> => {
  try {
    await takeInComplaint(deps, binding, row.issueId);
  } catch (error) {
    console.error(`Complaint ${row.issueKey}: the transition is done, but its intake waits for the issue event`, error);
  }
};

/**
 * The measures the lead or advocate shared, as Jira will give them back (the text of the document
 * the transition sends): the portal shows the measures only while the index holds this text.
 * The text typed, not the index's after the intake: someone may edit them in Jira meanwhile.
 */
const sharedText = (input: ActionInput): string | null => (input.measures === undefined ? null : adfText(adfDocument(input.measures.trim())));

/**
 * A panel transition (Start work, Revise measures, Mark done, Close, Return for rework, Reopen,
 * Withdraw, Duplicate): the app checks it by the workflow table (`mayPerform`), then asks Jira to
 * do it as the user, so the workflow's own conditions and validators apply too. Refusals are
 * values, and change nothing. Close first writes the rating to the app's read-only fields, which
 * the workflow's Close validator reads, and puts the earlier values back if Jira refuses; once
 * closed, the rating goes on the trail, one `call_recorded` entry per cycle. Start work and
 * Revise measures also set whether the customer may read the new measures on the portal, which
 * only the index keeps (`sharedText`).
 */
export const performTransition = async (deps: PerformTransitionDeps, caller: Person, request: TransitionRequest): Promise<TransitionOutcome> => {
  const row = await deps.store.getComplaint(request.issueId);
  if (row === null) return refused({ code: 'unknown_complaint' });
  const denial = denialOf(deps, caller, row, request);
  if (denial !== null) return refused(denial);
  const binding = await deps.bindings.load(row.projectKey);
  if (binding === null) return refused({ code: 'project_not_set_up' });
  const rule = WORKFLOW[request.action];
  // mayPerform checked both for Close.
  const rating: RecordedRating | null =
    request.action === 'close' ? { satisfaction: request.input.satisfaction as Satisfaction, consideredResolved: request.input.consideredResolved === true } : null;
  if (rating !== null) await writeRating(deps.jira, binding, row.issueId, rating);
  const fields = transitionFields(request.action, request.input, binding.fieldIds);
  const answer = await deps.transitions.perform(row.issueId, rule.transitionName ?? request.action, fields).catch(async (error: unknown) => {
    if (rating !== null) await restoreRating(deps, binding, row);
    throw error;
  });
  if (answer.kind !== 'done') {
    if (rating !== null) await restoreRating(deps, binding, row);
    return refused(answer.kind === 'refused' ? { code: 'jira_refused', messages: answer.messages } : { code: 'not_offered' });
  }
  if (rating !== null) await deps.store.appendTrail([callEntry(row, caller.accountId, deps.clock.now(), rating)]);
  await takeInNow(deps, binding, row);
  if (request.action === 'start_work' || request.action === 'revise_measures') {
    await rescheduleComplaint(deps, row.issueId, () => ({ sharedMeasures: request.shareMeasures === true ? sharedText(request.input) : null }));
  }
  return { kind: 'done', status: rule.to ?? row.status };
};
