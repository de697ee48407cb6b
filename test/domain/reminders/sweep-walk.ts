import type { BusinessCalendar } from '../../../src/domain/calendar/business-calendar.schema';
import type { Complaint, TrailEntry } from '../../../src/domain/complaint';
import { planReminders } from '../../../src/domain/reminders/plan-reminders';
import type { DueAction, ReminderPlan } from '../../../src/domain/reminders/reminder-plan';
import { reminderPolicySchema, type ReminderPolicy } from '../../../src/domain/reminders/reminder-policy.schema';
import { trailEntriesFor } from '../../../src/domain/reminders/trail-entries-for';

export const defaultPolicy: ReminderPolicy = reminderPolicySchema.parse({});
export const policyWith = (input: Record<string, unknown>): ReminderPolicy => reminderPolicySchema.parse(input);

export const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** One action as sent, flattened for readable expectations. */
export interface Sent {
  readonly at: string | null;
  readonly reason: string;
  readonly to: readonly string[];
  readonly level: number;
}

const sent = (at: number, actions: readonly DueAction[]): Sent[] =>
  actions.map((a) => ({ at: iso(at), reason: a.reason, to: a.recipients, level: a.level }));

interface Walk {
  readonly complaint: Complaint;
  readonly calendar: BusinessCalendar;
  readonly policy?: ReminderPolicy;
  readonly trail?: readonly TrailEntry[];
  readonly from: number;
  readonly until: number;
}

const plan = (walk: Walk, trail: readonly TrailEntry[], now: number): ReminderPlan =>
  planReminders({ complaint: walk.complaint, trail, policy: walk.policy ?? defaultPolicy, calendar: walk.calendar, now });

/** A sweep that runs only at each plan's `nextDueAt`, writing the actions to the trail as the use case does. */
export const walkByNextDue = (walk: Walk): { sent: Sent[]; visits: (string | null)[] } => {
  const trail = [...(walk.trail ?? [])];
  const log: Sent[] = [];
  const visits: (string | null)[] = [];
  let now: number | null = walk.from;
  for (let guard = 0; guard < 100 && now !== null && now < walk.until; guard++) {
    const result = plan(walk, trail, now);
    trail.push(...trailEntriesFor(walk.complaint, result.actions, now));
    log.push(...sent(now, result.actions));
    visits.push(iso(now));
    now = result.nextDueAt;
  }
  return { sent: log, visits };
};

/**
 * A sweep that runs every `stepMs` regardless of `nextDueAt`. After writing each plan's actions it
 * plans again at the same moment and records anything that a repeated run would send: nothing, if
 * the engine is idempotent.
 */
export const walkEvery = (walk: Walk, stepMs: number): { sent: Sent[]; repeated: Sent[] } => {
  const trail = [...(walk.trail ?? [])];
  const log: Sent[] = [];
  const repeated: Sent[] = [];
  for (let now = walk.from; now < walk.until; now += stepMs) {
    const result = plan(walk, trail, now);
    trail.push(...trailEntriesFor(walk.complaint, result.actions, now));
    log.push(...sent(now, result.actions));
    repeated.push(...sent(now, plan(walk, trail, now).actions));
  }
  return { sent: log, repeated };
};
