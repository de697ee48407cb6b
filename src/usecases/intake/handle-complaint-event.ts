import type { Complaint } from '../../domain/complaint';
import type { ChangeEntry, ComplaintEvent } from '../../domain/intake/complaint-event';
import { factsOf } from '../../domain/notifications/complaint-facts';
import type { NotificationMessage } from '../../domain/notifications/notification-message';
import { recipientsOf } from '../../domain/reminders/recipients-of';
import { responsibleOf } from '../../domain/routing/route-complaint.rules';
import { nextToAct } from '../../domain/workflow/next-to-act';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import { notifyPeople } from '../notifications/notify-people';
import { routeComplaint, type RouteComplaintDeps, type RouteHint, type RouteOutcome } from '../routing/route-complaint';
import { linkDuplicate } from './link-duplicate';
import { recordComplaintEvent } from './record-complaint-event';

export interface HandleComplaintEventDeps extends RouteComplaintDeps {
  readonly jira: Pick<JiraPort, 'assign' | 'setAppFieldValues' | 'linkAsDuplicate'>;
}

export interface HandledEvent {
  readonly route: RouteOutcome | null;
  /** The messages this event set off (for the log and the tests). */
  readonly notified: readonly NotificationMessage['kind'][];
}

const notifyNext = async (deps: HandleComplaintEventDeps, complaint: Complaint, entry: ChangeEntry): Promise<NotificationMessage['kind'] | null> => {
  const next = nextToAct(entry);
  if (next === null) return null;
  // The lead is the responsible person, or whom routing chooses if this event came before the routing.
  const responsibleAccountId = responsibleOf(complaint, deps.config);
  try {
    await notifyPeople(deps, {
      issueKey: complaint.issueKey,
      to: recipientsOf(next.roles, { ...complaint, responsibleAccountId }, deps.config),
      message: next.message,
      facts: factsOf(deps.config, complaint),
      issueUrl: null,
    });
    return next.message.kind;
  } catch (error) {
    // The change is recorded either way; the reminder schedule chases the next person to act.
    console.error(`Complaint ${complaint.issueKey}: could not tell the next person to act`, error);
    return null;
  }
};

/** Returns and Reopens are JQL-searchable Forge fields that only the app writes: they copy the index's counts. */
const copyCounters = async (deps: HandleComplaintEventDeps, binding: ProjectBinding, complaint: Complaint): Promise<void> => {
  try {
    await deps.jira.setAppFieldValues(complaint.issueId, [
      { fieldId: binding.fieldIds.returns, value: complaint.returns },
      { fieldId: binding.fieldIds.reopens, value: complaint.reopens },
    ]);
  } catch (error) {
    // The index keeps the counts; the next return or reopen writes them again.
    console.error(`Complaint ${complaint.issueKey}: could not copy its counters to Jira`, error);
  }
};

/** What the event knows that the index does not keep, for triage to say why. */
const routeHintOf = ({ snapshot, projectNotSetUp }: ComplaintEvent): RouteHint =>
  projectNotSetUp === true ? { projectNotSetUp } : { unknownDepartment: snapshot.department.kind === 'unknown' ? snapshot.department.name : null };

/**
 * A created or updated complaint, from its issue event or from reconciliation: the index and
 * trail follow Jira, a complaint not yet routed is routed, and the next person to act hears of a
 * status change once, however often the event arrives.
 */
export const handleComplaintEvent = async (deps: HandleComplaintEventDeps, binding: ProjectBinding, event: ComplaintEvent): Promise<HandledEvent> => {
  const { snapshot } = event;
  const recorded = await recordComplaintEvent(deps, snapshot, event.entries);
  const route = recorded.record.routedAt === null ? await routeComplaint(deps, snapshot.complaint.issueId, routeHintOf(event)) : null;
  const notified: NotificationMessage['kind'][] = [];
  for (const entry of recorded.added) {
    const kind = await notifyNext(deps, recorded.record, entry);
    if (kind !== null) notified.push(kind);
  }
  if (recorded.added.some((e) => e.kind === 'returned' || e.kind === 'reopened')) await copyCounters(deps, binding, recorded.record);
  await linkDuplicate(deps, snapshot, recorded.record);
  return { route, notified };
};
