import { workingDayAt } from '../calendar/business-calendar';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import { addBusinessDays } from '../calendar/business-time';
import type { Complaint } from '../complaint';
import {
  OVERALL_ESCALATION_LEVEL,
  STATUS_ESCALATION_LEVEL,
  type EscalationReason,
  type Recipient,
  type ReminderReason,
} from './reminder-plan';
import type { ReminderPolicy } from './reminder-policy.schema';
import { regulatoryDeadlines } from './regulatory-deadlines';

/** Within [from, until), each recipient is reminded once per business day. */
export interface ReminderWindow {
  readonly from: number;
  readonly until: number;
  readonly recipients: readonly Recipient[];
  readonly reason: ReminderReason;
}

/** Due from `at`; fires once per status, or once per complaint for the regulatory alert. */
export interface EscalationRule {
  readonly at: number;
  readonly level: number;
  readonly recipients: readonly Recipient[];
  readonly reason: EscalationReason;
  readonly oncePerComplaint: boolean;
}

export interface ReminderSchedule {
  /**
   * When the current step falls due: the deadline, or the moment the next person should have
   * acted. Reminders never move it, so "overdue" means `dueAt < now`. Null once closed.
   */
  readonly dueAt: number | null;
  /** In priority order: the first window that covers a moment gives the reason. */
  readonly reminders: readonly ReminderWindow[];
  readonly escalations: readonly EscalationRule[];
}

type ScheduleComplaint = Pick<Complaint, 'status' | 'statusChangedAt' | 'createdAt' | 'measuresDeadline' | 'responsibleAccountId'>;

interface StalledRule {
  readonly dueBusinessDays: number;
  readonly escalateAfterBusinessDays: number;
}

const statusEscalation = (at: number, recipients: readonly Recipient[], reason: EscalationReason): EscalationRule => ({
  at,
  level: STATUS_ESCALATION_LEVEL,
  recipients,
  reason,
  oncePerComplaint: false,
});

/** Registered and Measures done: someone should act within a few business days of the status change. */
const stalled = (
  cal: BusinessCalendar,
  since: number,
  rule: StalledRule,
  remind: readonly Recipient[],
  reminderReason: ReminderReason,
  escalateTo: readonly Recipient[],
  escalationReason: EscalationReason,
): ReminderSchedule => {
  const dueAt = addBusinessDays(cal, since, rule.dueBusinessDays);
  return {
    dueAt,
    reminders: [{ from: dueAt, until: Infinity, recipients: remind, reason: reminderReason }],
    escalations: [statusEscalation(addBusinessDays(cal, since, rule.escalateAfterBusinessDays), escalateTo, escalationReason)],
  };
};

/**
 * In progress: remind the lead on the working day `remindBeforeBusinessDays` before the deadline's
 * day, on the deadline's day, then every business day after it; escalate `escalateAfterBusinessDays`
 * of working time after the deadline (its day's close). Nothing is due before the status began.
 */
const beforeDeadline = (
  cal: BusinessCalendar,
  since: number,
  deadlineDate: string,
  rule: ReminderPolicy['inProgress'],
  lead: readonly Recipient[],
): ReminderSchedule => {
  const deadlineDay = workingDayAt(cal, deadlineDate, 0);
  const warningDay = workingDayAt(cal, deadlineDay.date, -rule.remindBeforeBusinessDays);
  const window = (from: number, until: number, reason: ReminderReason): ReminderWindow => ({
    from: Math.max(from, since),
    until,
    recipients: lead,
    reason,
  });
  return {
    dueAt: deadlineDay.close,
    reminders: [
      window(deadlineDay.open, deadlineDay.close, 'reminder.in_progress.deadline'),
      window(deadlineDay.close, Infinity, 'reminder.in_progress.overdue'),
      window(warningDay.open, warningDay.close, 'reminder.in_progress.before_deadline'),
    ],
    escalations: [
      statusEscalation(
        Math.max(addBusinessDays(cal, deadlineDay.close, rule.escalateAfterBusinessDays), since),
        ['escalation_manager'],
        'escalation.in_progress',
      ),
    ],
  };
};

/** The schedule of the complaint's current status; null once it is closed. */
const statusSchedule = (cal: BusinessCalendar, complaint: ScheduleComplaint, policy: ReminderPolicy): ReminderSchedule | null => {
  const since = complaint.statusChangedAt;
  // A complaint in triage has no responsible person; design.md section 4 has the advocate reminded instead.
  const lead: readonly Recipient[] = complaint.responsibleAccountId === null ? ['advocate'] : ['assignee'];
  const leadAndAdvocate: readonly Recipient[] = [...new Set<Recipient>([...lead, 'advocate'])];
  switch (complaint.status) {
    case 'registered':
      return stalled(cal, since, policy.registered, leadAndAdvocate, 'reminder.registered', ['escalation_manager'], 'escalation.registered');
    case 'in_progress':
      return complaint.measuresDeadline === null
        ? // Start work requires a deadline; should one be missing, chase the lead as if work had not started.
          stalled(cal, since, policy.registered, leadAndAdvocate, 'reminder.in_progress.no_deadline', ['escalation_manager'], 'escalation.in_progress')
        : beforeDeadline(cal, since, complaint.measuresDeadline, policy.inProgress, lead);
    case 'measures_done':
      return stalled(cal, since, policy.measuresDone, ['advocate'], 'reminder.measures_done', ['manager_group'], 'escalation.measures_done');
    case 'closed':
      return null;
  }
};

/** At `escalateAtShare` of the time from receipt to the final-response deadline, in real (calendar) time. */
const overallEscalations = (cal: BusinessCalendar, complaint: ScheduleComplaint, policy: ReminderPolicy): EscalationRule[] => {
  const { final } = regulatoryDeadlines(cal, policy.overall, complaint.createdAt);
  if (final === undefined) return [];
  const at = complaint.createdAt + Math.round(policy.overall.escalateAtShare * (final - complaint.createdAt));
  return [
    { at, level: OVERALL_ESCALATION_LEVEL, recipients: ['advocate', 'manager_group'], reason: 'escalation.overall', oncePerComplaint: true },
  ];
};

/** Every reminder window and escalation rule of a complaint, from its status, the policy and the calendar; none once closed. */
export const reminderSchedule = (cal: BusinessCalendar, complaint: ScheduleComplaint, policy: ReminderPolicy): ReminderSchedule => {
  const status = statusSchedule(cal, complaint, policy);
  if (status === null) return { dueAt: null, reminders: [], escalations: [] };
  return { ...status, escalations: [...status.escalations, ...overallEscalations(cal, complaint, policy)] };
};
