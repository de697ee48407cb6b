import { planReminders } from './plan-reminders';
import type { ReminderInput } from './reminder-plan';
import { escalationLevelSince } from './trail-facts';

/** The index's scheduling columns for a complaint. */
export interface Schedule {
  /** When the sweep must look at it: now if something is due already; null when closed. */
  readonly nextDueAt: number | null;
  readonly dueAt: number | null;
  readonly escalationLevel: number;
}

/** Where a complaint stands against its policy at `now`, as the index keeps it. Sending is the sweep's job. */
export const scheduleOf = (input: ReminderInput): Schedule => {
  const plan = planReminders(input);
  return {
    nextDueAt: plan.actions.length > 0 ? input.now : plan.nextDueAt,
    dueAt: plan.dueAt,
    escalationLevel: escalationLevelSince(input.trail, input.complaint.statusChangedAt),
  };
};
