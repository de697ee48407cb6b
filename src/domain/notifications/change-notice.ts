import type { Complaint, TrailEntry } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { recipientsOf } from '../reminders/recipients-of';
import { responsibleOf } from '../routing/route-complaint.rules';
import { nextToAct } from '../workflow/next-to-act';
import type { Notice } from './notification-message';

/**
 * What a status change tells the next person to act (design.md section 3), or null when it tells
 * nobody (a start of work, a close, a re-route made in Jira). The lead is the responsible person,
 * or whom routing chooses if the change came before the routing.
 */
export const changeNotice = (
  entry: Pick<TrailEntry, 'kind' | 'status' | 'note'>,
  complaint: Pick<Complaint, 'responsibleAccountId' | 'departmentId' | 'subject'>,
  config: Pick<AppConfig, 'departments' | 'groups'>,
): Notice | null => {
  const next = nextToAct(entry);
  if (next === null) return null;
  const lead = { departmentId: complaint.departmentId, responsibleAccountId: responsibleOf(complaint, config) };
  return { to: recipientsOf(next.roles, lead, config), message: next.message };
};
