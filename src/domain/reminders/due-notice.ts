import { businessDayOf } from '../calendar/business-calendar';
import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import type { Notice } from '../notifications/notification-message';
import { recipientsOf } from './recipients-of';
import type { DueAction, Recipient } from './reminder-plan';

/**
 * The roles a due action still tells about this one complaint. A reminder no longer goes to the
 * advocate, nor to the advocate standing in for a complaint in triage's missing responsible
 * person: the advocate's day's digest lists the complaint instead (issue 17), so a Monday
 * morning is one message, not one per complaint. Escalations are unchanged: each is news.
 */
export const perIssueRoles = (action: DueAction, complaint: Pick<Complaint, 'responsibleAccountId'>): readonly Recipient[] =>
  action.kind === 'escalation'
    ? action.recipients
    : action.recipients.filter((role) => role !== 'advocate' && !(role === 'assignee' && complaint.responsibleAccountId === null));

/**
 * The message of a reminder or escalation and its recipients, the roles that are still told per
 * issue (`perIssueRoles`) resolved on this complaint; nobody when only the advocate was to be
 * reminded. The message names the step's due day in the business time zone.
 * @param dueAt when the complaint's current step falls due (`ReminderPlan.dueAt`)
 */
export const dueNotice = (
  config: Pick<AppConfig, 'departments' | 'groups' | 'calendar'>,
  complaint: Pick<Complaint, 'departmentId' | 'responsibleAccountId'>,
  dueAt: number | null,
  action: DueAction,
): Notice => {
  const dueDate = dueAt === null ? null : businessDayOf(config.calendar, dueAt);
  return {
    to: recipientsOf(perIssueRoles(action, complaint), complaint, config),
    message: action.kind === 'reminder' ? { kind: 'reminder', reason: action.reason, dueDate } : { kind: 'escalation', reason: action.reason, dueDate },
  };
};
