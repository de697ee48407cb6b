import { businessDayOf } from '../../domain/calendar/business-calendar';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar.schema';
import { factsOf } from '../../domain/notifications/complaint-facts';
import type { NotificationMessage } from '../../domain/notifications/notification-message';
import { dueActionKey } from '../../domain/reminders/due-action-key';
import { planReminders } from '../../domain/reminders/plan-reminders';
import { recipientsOf } from '../../domain/reminders/recipients-of';
import type { DueAction } from '../../domain/reminders/reminder-plan';
import { trailEntriesFor } from '../../domain/reminders/trail-entries-for';
import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';
import { notifyPeople } from '../notifications/notify-people';
import { rescheduleComplaint } from '../scheduling/reschedule-complaint';
import { routeComplaint, type RouteComplaintDeps, type RouteOutcome } from '../routing/route-complaint';

export type DueOutcome =
  | { readonly kind: 'not_due' }
  | { readonly kind: 'routing'; readonly route: RouteOutcome }
  | { readonly kind: 'sent'; readonly reminders: number; readonly escalations: number; readonly failed: number };

const messageOf = (calendar: BusinessCalendar, row: ComplaintRecord, action: DueAction): NotificationMessage => {
  const dueDate = row.dueAt === null ? null : businessDayOf(calendar, row.dueAt);
  return action.kind === 'reminder' ? { kind: 'reminder', reason: action.reason, dueDate } : { kind: 'escalation', reason: action.reason, dueDate };
};

/**
 * One due complaint of the sweep (design.md section 5): a complaint still unrouted is routed
 * again; otherwise the reminders and escalations due now are written to the trail and sent. The
 * trail's unique keys make each send happen once, however many sweeps or queue jobs look at
 * the complaint at the same time; a failed send is logged and not retried, as Jira may have
 * queued the mail before it failed.
 */
export const processDueComplaint = async (deps: RouteComplaintDeps, issueId: string): Promise<DueOutcome> => {
  const { store, clock, config } = deps;
  const row = await store.getComplaint(issueId);
  const now = clock.now();
  if (row === null || row.nextDueAt === null || row.nextDueAt > now) return { kind: 'not_due' };
  if (row.routedAt === null) return { kind: 'routing', route: await routeComplaint(deps, issueId) };

  const trail = await store.trailOf(issueId);
  const plan = planReminders({ complaint: row, trail, policy: config.policy, calendar: config.calendar, now });
  const keyed: KeyedTrailEntry[] = trailEntriesFor(row, plan.actions, now).map((entry) => ({ ...entry, key: dueActionKey(config.calendar, row, entry) }));
  const stored = new Set(await store.appendTrail(keyed));
  await rescheduleComplaint(deps, issueId, undefined, { row, trail: [...trail, ...keyed] });

  const counts = { reminders: 0, escalations: 0, failed: 0 };
  for (const [i, action] of plan.actions.entries()) {
    if (!stored.has(keyed[i]?.key ?? '')) continue;
    try {
      await notifyPeople(deps, {
        issueKey: row.issueKey,
        to: recipientsOf(action.recipients, row, config),
        message: messageOf(config.calendar, row, action),
        facts: factsOf(config, row),
        issueUrl: null,
      });
      counts[action.kind === 'reminder' ? 'reminders' : 'escalations'] += 1;
    } catch (error) {
      counts.failed += 1;
      console.error(`Sweep: ${action.kind} ${action.reason} for ${row.issueKey} failed`, error);
    }
  }
  return { kind: 'sent', ...counts };
};
