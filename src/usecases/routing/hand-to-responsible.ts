import type { JiraPort } from '../../ports/jira.port';
import type { ComplaintRecord } from '../../ports/store.port';

/**
 * Gives a complaint to the person the app chose: the read-only Responsible field first, since
 * it is what grants power, then the Jira assignee, unless it is already that person or a
 * person's own assignment is to be kept. Shared by routing and the advocate's re-route.
 */
export const handToResponsible = async (
  jira: Pick<JiraPort, 'assign' | 'setAppFieldValues'>,
  row: Pick<ComplaintRecord, 'issueId' | 'issueKey' | 'assigneeAccountId'>,
  responsibleFieldId: string,
  accountId: string,
  keepAssignee = false,
): Promise<void> => {
  await jira.setAppFieldValues(row.issueId, [{ fieldId: responsibleFieldId, value: { accountId } }]);
  if (!keepAssignee && row.assigneeAccountId !== accountId) await jira.assign(row.issueKey, accountId);
};
