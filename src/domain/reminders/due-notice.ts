import { businessDayOf } from '../calendar/business-calendar';
import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import type { Notice } from '../notifications/notification-message';
import { recipientsOf } from './recipients-of';
import type { DueAction } from './reminder-plan';

/**
 * The message of a reminder or escalation and its recipients, the roles resolved on this
 * complaint; the message names the step's due day in the business time zone.
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
    to: recipientsOf(action.recipients, complaint, config),
    message: action.kind === 'reminder' ? { kind: 'reminder', reason: action.reason, dueDate } : { kind: 'escalation', reason: action.reason, dueDate },
  };
};
