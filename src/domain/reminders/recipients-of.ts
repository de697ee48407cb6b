import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { advocateOf, departmentOf } from '../routing/advocate-of';
import type { Recipient } from './reminder-plan';

export interface ResolvedRecipients {
  readonly accountIds: readonly string[];
  readonly groups: readonly string[];
}

/**
 * The people and groups that the reminder roles stand for on one complaint. A complaint in
 * triage has no assignee, so its "assignee" reminders go to the advocate; a department without an
 * escalation manager escalates to the manager group, so an escalation always reaches someone.
 */
export const recipientsOf = (
  roles: readonly Recipient[],
  complaint: Pick<Complaint, 'departmentId' | 'assigneeAccountId'>,
  config: Pick<AppConfig, 'departments' | 'groups'>,
): ResolvedRecipients => {
  const dept = departmentOf(config, complaint.departmentId);
  const advocate = advocateOf(dept, config.groups.advocate);
  const accountIds = new Set<string>();
  const groups = new Set<string>();
  const addAdvocate = (): void => {
    if (advocate.kind === 'user') accountIds.add(advocate.accountId);
    else groups.add(advocate.group);
  };
  for (const role of roles) {
    if (role === 'assignee') {
      if (complaint.assigneeAccountId === null) addAdvocate();
      else accountIds.add(complaint.assigneeAccountId);
    } else if (role === 'advocate') addAdvocate();
    else if (role === 'escalation_manager' && dept?.escalationManagerAccountId) accountIds.add(dept.escalationManagerAccountId);
    else groups.add(config.groups.manager);
  }
  return { accountIds: [...accountIds], groups: [...groups] };
};
