import type { Complaint } from '../../domain/complaint';
import { changeEntries, type ChangeEntry, type IssueChange } from '../../jira/intake/change-entries';
import type { IssueSnapshot } from '../../jira/intake/issue-snapshot';
import type { NotificationMessage } from '../../domain/notifications/notification-message';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import { recipientsOf } from '../../domain/reminders/recipients-of';
import { responsibleOf } from '../../domain/routing/route-complaint.rules';
import type { Recipient } from '../../domain/reminders/reminder-plan';
import { factsOf, type ComplaintRuntime } from '../complaint-runtime';
import { recordComplaintEvent } from './record-complaint-event';
import { routeComplaint, type RouteHint, type RouteOutcome } from '../routing/route-complaint';

export interface ComplaintEvent {
  readonly snapshot: IssueSnapshot;
  /** The change an updated event carries; null for a created event. */
  readonly change: Omit<IssueChange, 'status'> | null;
  /** The project was never set up, so nothing but the status category could be read: triage, with that reason. */
  readonly projectNotSetUp?: boolean;
}

export interface HandledEvent {
  readonly route: RouteOutcome | null;
  /** The messages this event set off (for the log and the tests). */
  readonly notified: readonly NotificationMessage['kind'][];
}

/** Who acts next after a status change (design.md section 3), and what they are told. */
const nextToAct = (entry: ChangeEntry): { readonly roles: readonly Recipient[]; readonly message: NotificationMessage } | null => {
  if (entry.kind === 'returned') return { roles: ['assignee'], message: { kind: 'returned' } };
  if (entry.kind === 'reopened') return { roles: ['assignee'], message: { kind: 'reopened' } };
  if (entry.kind === 'transitioned' && entry.status === 'measures_done') return { roles: ['advocate'], message: { kind: 'measures_done' } };
  return null;
};

const notifyNext = async (runtime: ComplaintRuntime, complaint: Complaint, entry: ChangeEntry): Promise<NotificationMessage['kind'] | null> => {
  const next = nextToAct(entry);
  if (next === null) return null;
  // The lead is the assignee, or whom routing chooses if this event came before the routing.
  const assigneeAccountId = responsibleOf(complaint, runtime.config);
  try {
    await runtime.notify({
      issueKey: complaint.issueKey,
      to: recipientsOf(next.roles, { ...complaint, assigneeAccountId }, runtime.config),
      message: next.message,
      facts: factsOf(runtime.config, complaint),
    });
    return next.message.kind;
  } catch (error) {
    // The change is recorded either way; the reminder schedule chases the next person to act.
    console.error(`Complaint ${complaint.issueKey}: could not tell the next person to act`, error);
    return null;
  }
};

/** Returns and Reopens are JQL-searchable Forge fields that only the app writes: they copy the index's counts. */
const copyCounters = async (runtime: ComplaintRuntime, binding: ProjectBinding, complaint: Complaint): Promise<void> => {
  try {
    await runtime.jira.setAppFieldValues(complaint.issueId, [
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
 * A created or updated complaint, from its issue event: the index and trail follow Jira, a
 * complaint not yet routed is routed, and the next person to act hears of a status change once,
 * however often the event arrives.
 */
export const handleComplaintEvent = async (runtime: ComplaintRuntime, binding: ProjectBinding, event: ComplaintEvent): Promise<HandledEvent> => {
  const { snapshot } = event;
  const entries = event.change === null ? [] : changeEntries({ ...event.change, status: snapshot.complaint.status }, binding);
  const recorded = await recordComplaintEvent(runtime, snapshot, entries);
  const route = recorded.record.routedAt === null ? await routeComplaint(runtime, snapshot.complaint.issueId, routeHintOf(event)) : null;
  const notified: NotificationMessage['kind'][] = [];
  for (const entry of recorded.added) {
    const kind = await notifyNext(runtime, recorded.record, entry);
    if (kind !== null) notified.push(kind);
  }
  if (recorded.added.some((e) => e.kind === 'returned' || e.kind === 'reopened')) await copyCounters(runtime, binding, recorded.record);
  return { route, notified };
};
