import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import type { Complaint, TrailEntry } from '../complaint';
import type { ReminderPolicy } from './reminder-policy.schema';

/**
 * Who is reached, as a role. The use case resolves a role to accounts or groups when it notifies,
 * but the trail stores the role itself in `TrailEntry.recipients` (e.g. `['assignee', 'advocate']`):
 * that is what the engine reads back for its once-per-business-day rule.
 */
export type Recipient = 'assignee' | 'advocate' | 'escalation_manager' | 'manager_group';

/** Stable reason codes; the trail stores them and the UI translates them. */
export type ReminderReason =
  | 'reminder.registered'
  | 'reminder.in_progress.before_deadline'
  | 'reminder.in_progress.deadline'
  | 'reminder.in_progress.overdue'
  | 'reminder.in_progress.no_deadline'
  | 'reminder.measures_done';

export type EscalationReason =
  | 'escalation.registered'
  | 'escalation.in_progress'
  | 'escalation.measures_done'
  | 'escalation.overall';

/**
 * The escalation ladder. Level 1 is the status escalation (escalation manager, or the manager group
 * for Measures done); level 2 is the regulatory alert to the advocate and the manager group. Levels
 * count from the last status change, so a new status starts again at 0.
 */
export const STATUS_ESCALATION_LEVEL = 1;
export const OVERALL_ESCALATION_LEVEL = 2;

export type DueAction =
  | {
      readonly kind: 'reminder';
      readonly recipients: readonly Recipient[];
      /** Always 0: reminders do not climb the ladder. */
      readonly level: 0;
      readonly reason: ReminderReason;
    }
  | {
      readonly kind: 'escalation';
      readonly recipients: readonly Recipient[];
      /** The level reached by this escalation. */
      readonly level: number;
      readonly reason: EscalationReason;
    };

export interface ReminderPlan {
  /** What to send now; empty outside business hours. */
  readonly actions: readonly DueAction[];
  /** The next moment (in working time, after `now`) the sweep must look at the complaint again; null when closed. */
  readonly nextDueAt: number | null;
  /** When the current step falls due, whatever reminders were sent; null when closed. The index keeps it for "overdue". */
  readonly dueAt: number | null;
}

export interface ReminderInput {
  readonly complaint: Complaint;
  /** This complaint's trail; `reminded` and `escalated` entries matter. */
  readonly trail: readonly TrailEntry[];
  readonly policy: ReminderPolicy;
  readonly calendar: BusinessCalendar;
  readonly now: number;
}
