import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { advocateOf, departmentOf } from '../routing/advocate-of';
import type { Recipient } from './reminder-plan';

export interface ResolvedRecipients {
  readonly accountIds: readonly string[];
  readonly groups: readonly string[];
}

/**
 * The people and groups that the reminder roles stand for on one complaint. `assignee` (the
 * trail's stored name for it) is the responsible person routing chose, never the Jira assignee,
 * whom anyone may change; a complaint in triage has none, so those reminders go to the advocate.
 * A department without an escalation manager escalates to the manager group, so an escalation
 * always reaches someone.
 */
export const recipientsOf = (
  roles: readonly Recipient[],
  complaint: Pick<Complaint, 'departmentId' | 'responsibleAccountId'>,
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
      if (complaint.responsibleAccountId === null) addAdvocate();
      else accountIds.add(complaint.responsibleAccountId);
    } else if (role === 'advocate') addAdvocate();
    else if (role === 'escalation_manager' && dept?.escalationManagerAccountId) accountIds.add(dept.escalationManagerAccountId);
    else groups.add(config.groups.manager);
  }
  return { accountIds: [...accountIds], groups: [...groups] };
};
