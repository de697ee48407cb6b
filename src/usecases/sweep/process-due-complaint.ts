import { factsOf } from '../../domain/notifications/complaint-facts';
import { dueActionKey } from '../../domain/reminders/due-action-key';
import { dueNotice } from '../../domain/reminders/due-notice';
import { planReminders } from '../../domain/reminders/plan-reminders';
import { reminderDayStart, reminderRowKey } from '../../domain/reminders/reminder-history';
import { trailEntriesFor } from '../../domain/reminders/trail-entries-for';
import type { MessageRef, OutboxMessage } from '../../ports/message-outbox.port';
import type { KeyedTrailEntry } from '../../ports/store.port';
import { rescheduleComplaint } from '../scheduling/reschedule-complaint';
import { routeComplaint, type RouteComplaintDeps, type RouteOutcome } from '../routing/route-complaint';

export type DueOutcome =
  | { readonly kind: 'not_due' }
  | { readonly kind: 'routing'; readonly route: RouteOutcome }
  /** Reminders and escalations this call wrote to the trail, and their messages, pending in the outbox for the pacer. */
  | { readonly kind: 'recorded'; readonly reminders: number; readonly escalations: number; readonly messages: readonly MessageRef[] };

/**
 * One due complaint of the sweep (design.md section 5): a complaint still unrouted is routed
 * again; otherwise the reminders and escalations due now are recorded in the outbox, written to
 * the trail (reminders rolled up, one row per reason and stay in a status); the caller paces their
 * sending (`paceMessages`). The trail's unique keys let one of several sweeps or queue jobs that
 * look at the complaint at the same time write each action, and hand its message on; the outbox's
 * claim lets one delivery send it.
 */
export const processDueComplaint = async (deps: RouteComplaintDeps, issueId: string): Promise<DueOutcome> => {
  const { store, clock, config } = deps;
  const row = await store.getComplaint(issueId);
  const now = clock.now();
  if (row === null || row.nextDueAt === null || row.nextDueAt > now) return { kind: 'not_due' };
  if (row.routedAt === null) return { kind: 'routing', route: await routeComplaint(deps, issueId) };

  const trail = await store.trailOf(issueId);
  const plan = planReminders({ complaint: row, trail, policy: config.policy, calendar: config.calendar, now });
  // Each action with the trail entry that records it. The message keeps the action's own key, a
  // reminder's naming its day; the trail rolls a complaint's reminders up into one row per reason.
  const due = plan.actions.flatMap((action) =>
    trailEntriesFor(row, [action], now).map((entry) => {
      const messageKey = dueActionKey(config.calendar, row, entry);
      return { action, messageKey, entry: { ...entry, key: entry.kind === 'reminded' ? reminderRowKey(row, entry) : messageKey } };
    }),
  );
  const keyed: KeyedTrailEntry[] = due.map((d) => d.entry);
  // A reminder only the advocate was to get has no message: the advocate's digest lists the complaint.
  const messages: OutboxMessage[] = due
    .map(({ action, messageKey }) => ({ issueId, key: messageKey, issueKey: row.issueKey, ...dueNotice(config, row, row.dueAt, action), facts: factsOf(config, row) }))
    .filter((m) => m.to.accountIds.length + m.to.groups.length > 0);
  const told = new Set(messages.map((m) => m.key));
  await deps.outbox.record(messages, now);
  // Reminders first, as planned, so that the trail lists them before an escalation of the same moment.
  const stored = new Set<string>();
  for (const entry of keyed.filter((e) => e.kind === 'reminded')) {
    if (await store.rollTrail(entry, reminderDayStart(config.calendar, now))) stored.add(entry.key);
  }
  const escalations = keyed.filter((entry) => entry.kind !== 'reminded');
  if (escalations.length > 0) for (const key of await store.appendTrail(escalations)) stored.add(key);
  await rescheduleComplaint(deps, issueId, undefined, { row, trail: [...trail, ...keyed] });

  const mine = due.filter((d) => stored.has(d.entry.key));
  return {
    kind: 'recorded',
    reminders: mine.filter((d) => d.entry.kind === 'reminded').length,
    escalations: mine.filter((d) => d.entry.kind === 'escalated').length,
    messages: mine.filter((d) => told.has(d.messageKey)).map((d) => ({ issueId, key: d.messageKey })),
  };
};
