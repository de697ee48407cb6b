import { addBusinessDays } from '../calendar/business-time';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import { isOpen, type Complaint, type ComplaintStatus } from '../complaint';

/** Why a complaint awaits the advocate; `QUEUE_REASONS` lists them most urgent first. */
export type QueueReason = 'escalated' | 'overdue' | 'triage' | 'call_due' | 'due_soon' | 'rework';

/**
 * The reasons, most urgent first:
 * - `escalated`: the reminder ladder already went over somebody's head (or the customer escalated
 *   from the portal). A manager is waiting on it, so it comes before everything else.
 * - `overdue`: the current step is past its due moment and will escalate next. This includes a
 *   lead's step (In progress past the measures deadline, Registered not started): the issue asks
 *   for "deadlines within a day", and a deadline already missed is more urgent still, and it is
 *   the advocate who nudges the lead, so it is listed rather than left to the reminders alone.
 * - `triage`: nobody but the advocates holds it (no responsible person); until they route it no
 *   department even knows of it.
 * - `call_due`: the department is done and the customer waits for the advocate's call.
 * - `due_soon`: the step falls due within one business day; still on time, so after the above.
 * - `rework`: back in progress after a return or a reopen. The lead holds it; the advocate watches
 *   it because the customer was already let down once. Least urgent, as nothing is late yet.
 */
export const QUEUE_REASONS: readonly QueueReason[] = ['escalated', 'overdue', 'triage', 'call_due', 'due_soon', 'rework'];

/** The queue shows the most urgent this many, and the total count. */
export const QUEUE_LIMIT = 200;

/** What the queue needs of an index row. */
export type QueueCandidate = Pick<
  Complaint,
  'issueId' | 'issueKey' | 'departmentId' | 'status' | 'responsibleAccountId' | 'returns' | 'reopens' | 'createdAt' | 'statusChangedAt'
> & {
  /** When the current step falls due; null when closed. */
  readonly dueAt: number | null;
  readonly escalationLevel: number;
};

export interface QueueItem {
  readonly issueId: string;
  readonly issueKey: string;
  readonly departmentId: string | null;
  readonly status: ComplaintStatus;
  readonly reason: QueueReason;
  /** Since when the reason holds (epoch ms), as well as the index knows it. */
  readonly since: number;
  readonly dueAt: number | null;
  readonly escalationLevel: number;
}

interface Placed {
  readonly reason: QueueReason;
  readonly since: number;
}

/**
 * The complaint's most urgent reason, or null when it does not await the advocate. The index
 * keeps no escalation moment, and the level resets when the status changes, so an escalation is
 * "since" the status change.
 */
const placeOf = (c: QueueCandidate, now: number, soon: number): Placed | null => {
  if (c.escalationLevel > 0) return { reason: 'escalated', since: c.statusChangedAt };
  // A step due at 17:00 is still on time at 17:00, as the dashboard's "overdue" counts it.
  if (c.dueAt !== null && c.dueAt < now) return { reason: 'overdue', since: c.dueAt };
  if (c.responsibleAccountId === null) return { reason: 'triage', since: c.createdAt };
  if (c.status === 'measures_done') return { reason: 'call_due', since: c.statusChangedAt };
  if (c.dueAt !== null && c.dueAt <= soon) return { reason: 'due_soon', since: c.statusChangedAt };
  if (c.status === 'in_progress' && (c.returns > 0 || c.reopens > 0)) return { reason: 'rework', since: c.statusChangedAt };
  return null;
};

/** The end of the "due soon" window: one business day of working time from `now`. */
export const dueSoonBefore = (now: number, calendar: BusinessCalendar): number => addBusinessDays(calendar, now, 1);

const rank = (reason: QueueReason): number => QUEUE_REASONS.indexOf(reason);

// Numeric, so that CMP-9 comes before CMP-10 as people read keys.
const keyOrder = new Intl.Collator('en', { numeric: true });

const byUrgency = (a: QueueItem, b: QueueItem): number =>
  rank(a.reason) - rank(b.reason) || a.since - b.since || keyOrder.compare(a.issueKey, b.issueKey);

/**
 * What awaits the advocate: each open complaint at most once, under its most urgent reason,
 * ordered by reason (`QUEUE_REASONS`), then the oldest `since` first, then the issue key.
 */
export const advocateQueue = (records: readonly QueueCandidate[], now: number, calendar: BusinessCalendar): QueueItem[] => {
  const soon = dueSoonBefore(now, calendar);
  const seen = new Set<string>();
  const items: QueueItem[] = [];
  for (const c of records) {
    const placed = isOpen(c) && !seen.has(c.issueId) ? placeOf(c, now, soon) : null;
    if (placed === null) continue;
    seen.add(c.issueId);
    const { issueId, issueKey, departmentId, status, dueAt, escalationLevel } = c;
    items.push({ issueId, issueKey, departmentId, status, dueAt, escalationLevel, ...placed });
  }
  return items.sort(byUrgency);
};
