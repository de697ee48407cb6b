import type { Complaint, ComplaintStatus } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import type { Recipient } from '../reminders/reminder-plan';
import { recipientsOf, type ResolvedRecipients } from '../reminders/recipients-of';

/**
 * Whose move an open complaint waits for (design.md section 3): the responsible person's until
 * the measures are done (`assignee`, the reminders' name for them), then the advocate's, who calls
 * the customer. A closed complaint waits for nobody.
 */
export const whoMustAct = (status: ComplaintStatus): Recipient | null => {
  if (status === 'closed') return null;
  return status === 'measures_done' ? 'advocate' : 'assignee';
};

/**
 * The people an advocate's Nudge now reaches: whoever must act, resolved as the reminders resolve
 * them, so a complaint in triage (no responsible person yet) nudges the advocate group.
 */
export const nudgeRecipients = (
  complaint: Pick<Complaint, 'status' | 'departmentId' | 'responsibleAccountId'>,
  config: Pick<AppConfig, 'departments' | 'groups'>,
): ResolvedRecipients => {
  const role = whoMustAct(complaint.status);
  return recipientsOf(role === null ? [] : [role], complaint, config);
};
