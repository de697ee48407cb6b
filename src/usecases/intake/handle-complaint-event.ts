import type { Complaint } from '../../domain/complaint';
import type { ComplaintEvent } from '../../domain/intake/complaint-event';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import { deliverMessages, type DeliveryTotals } from '../notifications/deliver-messages';
import { routeComplaint, type RouteComplaintDeps, type RouteHint, type RouteOutcome } from '../routing/route-complaint';
import { linkDuplicate } from './link-duplicate';
import { recordComplaintEvent } from './record-complaint-event';
import type { TriageModelStore } from '../../ports/triage-model.port';
import { takeInTriageExample, type TakeInTriageExampleDeps } from '../triage/take-in-triage-example';

export interface HandleComplaintEventDeps extends RouteComplaintDeps {
  readonly jira: RouteComplaintDeps['jira'] & Pick<JiraPort, 'linkAsDuplicate'>;
  readonly triage: TakeInTriageExampleDeps['triage'] & Pick<TriageModelStore, 'exampleOf' | 'dropExample'>;
}

export interface HandledEvent {
  readonly route: RouteOutcome | null;
  /** How the messages this event set off went out at once (for the log); the sweep retries the rest. */
  readonly messages: DeliveryTotals;
}

/**
 * Returns and Reopens are JQL-searchable Forge fields that only the app writes: they copy the
 * index's counts. A reopened complaint must be rated again, so its first reopen entry also clears
 * Customer satisfaction and Considered resolved (the index forgets them by itself, see
 * `mergeSnapshot`); the earlier rating stays on that cycle's `call_recorded` trail entry.
 */
const copyCounters = async (deps: HandleComplaintEventDeps, binding: ProjectBinding, complaint: Complaint, reopened: boolean): Promise<void> => {
  try {
    await deps.jira.setAppFieldValues(complaint.issueId, [
      { fieldId: binding.fieldIds.returns, value: complaint.returns },
      { fieldId: binding.fieldIds.reopens, value: complaint.reopens },
      ...(reopened
        ? [
            { fieldId: binding.fieldIds.satisfaction, value: null },
            { fieldId: binding.fieldIds.consideredResolved, value: null },
          ]
        : []),
    ]);
  } catch (error) {
    // The index keeps the counts; the next return or reopen writes them again.
    console.error(`Complaint ${complaint.issueKey}: could not copy its counters to Jira`, error);
  }
};

/** The suggestion only advises: a failing model store must never hold up routing or the messages. */
const takeInSafely = async (deps: HandleComplaintEventDeps, snapshot: ComplaintEvent['snapshot'], at: number): Promise<void> => {
  try {
    await takeInTriageExample(deps, snapshot, at);
  } catch (error) {
    console.error(`Complaint ${snapshot.complaint.issueKey}: the triage model could not take it in; it is routed without a suggestion`, error);
  }
};

/** What the event knows that the index does not keep, for triage to say why. */
const routeHintOf = ({ snapshot, projectNotSetUp }: ComplaintEvent): RouteHint =>
  projectNotSetUp === true ? { projectNotSetUp } : { unknownDepartment: snapshot.department.kind === 'unknown' ? snapshot.department.name : null };

/**
 * A created or updated complaint, from its issue event or from reconciliation: the index and
 * trail follow Jira, a complaint not yet routed is routed, and the next person to act hears of a
 * status change once, however often the event arrives: the message is recorded with the change
 * and delivered by whoever stored the change, or else by the sweep.
 */
export const handleComplaintEvent = async (deps: HandleComplaintEventDeps, binding: ProjectBinding, event: ComplaintEvent): Promise<HandledEvent> => {
  const { snapshot } = event;
  const recorded = await recordComplaintEvent(deps, snapshot, event.entries);
  const unrouted = recorded.record.routedAt === null;
  // Before routing: the suggestion is made from what the model knew before this complaint, and routing may act on it.
  if (unrouted) await takeInSafely(deps, snapshot, deps.clock.now());
  const route = unrouted ? await routeComplaint(deps, snapshot.complaint.issueId, routeHintOf(event)) : null;
  // A closed complaint changes department no more, so its example goes (on every event of it, so a
  // retry after a crash drops it too); what it taught stays learned.
  if (recorded.record.status === 'closed') await deps.triage.dropExample(snapshot.complaint.issueId);
  const messages = await deliverMessages(deps, recorded.messages);
  const reopened = recorded.added.some((e) => e.kind === 'reopened');
  if (reopened || recorded.added.some((e) => e.kind === 'returned')) await copyCounters(deps, binding, recorded.record, reopened);
  await linkDuplicate(deps, snapshot, recorded.record);
  return { route, messages };
};
