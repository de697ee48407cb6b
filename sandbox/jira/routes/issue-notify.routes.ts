import type { NotificationRecipient } from '../emulator.types';
import { isRecord } from '../json-value';
import { objectBody, refOf } from '../http/body-shape';
import { badRequest } from '../http/jira-error';
import { noContent, type JiraRequest, type Route } from '../http/jira-request';
import { browsableIssue, type IssueInProject } from '../issues/issue-access';
import type { JiraSite } from '../jira-site';
import { permissionByKey, PERMISSIONS, type ProjectPermission } from '../permissions/permission-catalog';
import type { UserRecord } from '../store/user-store';

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function groupIdsOf(site: JiraSite, groups: unknown, groupIds: unknown): string[] {
  const byRef = listOf(groups).map((ref) => {
    const groupId = refOf(ref, 'groupId');
    const name = refOf(ref, 'name');
    const group = groupId !== null ? site.users.groupById(groupId) : name !== null ? site.users.groupByName(name) : null;
    if (group === null) throw badRequest(`Group '${groupId ?? name ?? ''}' does not exist.`);
    return group.groupId;
  });
  const byId = listOf(groupIds).map((id) => {
    const group = typeof id === 'string' ? site.users.groupById(id) : null;
    if (group === null) throw badRequest(`Group '${String(id)}' does not exist.`);
    return group.groupId;
  });
  return [...byRef, ...byId];
}

/** Everyone the `to` part names: reporter, assignee, users and group members. */
function addressees(site: JiraSite, { issue }: IssueInProject, to: Readonly<Record<string, unknown>>): UserRecord[] {
  const ids = new Set<string>();
  if (to.reporter === true && typeof issue.fields.reporter === 'string') ids.add(issue.fields.reporter);
  if (to.assignee === true && typeof issue.fields.assignee === 'string') ids.add(issue.fields.assignee);
  for (const ref of listOf(to.users)) {
    const accountId = refOf(ref, 'accountId');
    if (accountId === null || site.users.byAccountId(accountId) === null) {
      throw badRequest(`User '${accountId ?? ''}' does not exist.`);
    }
    ids.add(accountId);
  }
  for (const groupId of groupIdsOf(site, to.groups, to.groupIds)) {
    for (const member of site.users.membersOf(groupId)) ids.add(member.accountId);
  }
  return [...ids].flatMap((id) => site.users.byAccountId(id) ?? []);
}

/** Applies `restrict`: recipients must be in one of its groups and hold all of its permissions. */
function restrictionOf(site: JiraSite, target: IssueInProject, restrict: unknown): (user: UserRecord) => boolean {
  if (!isRecord(restrict)) return () => true;
  const groupIds = groupIdsOf(site, restrict.groups, restrict.groupIds);
  const permissions = listOf(restrict.permissions).map((ref) => {
    const key = refOf(ref, 'key');
    const id = refOf(ref, 'id');
    const permission = key !== null ? permissionByKey(key) : PERMISSIONS.find((candidate) => candidate.id === id);
    if (permission?.type !== 'PROJECT') throw badRequest(`Permission '${key ?? id ?? ''}' is not a project permission.`);
    return permission.key as ProjectPermission;
  });
  return (user) => {
    const inGroup = groupIds.length === 0 || site.users.groupsOf(user.accountId).some((group) => groupIds.includes(group.groupId));
    return inGroup && permissions.every((key) => site.permissions.userHasProject(user.accountId, target.project, key, target.issue));
  };
}

function notify(site: JiraSite, req: JiraRequest) {
  const target = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const body = objectBody(req.body);
  const to = isRecord(body.to) ? body.to : {};
  const allowed = restrictionOf(site, target, body.restrict);
  // Jira mails nobody about their own actions and nobody who cannot see the issue.
  const recipients = addressees(site, target, to).filter(
    (user) =>
      user.active &&
      user.accountId !== req.caller.user.accountId &&
      site.permissions.userHasProject(user.accountId, target.project, 'BROWSE_PROJECTS', target.issue) &&
      allowed(user),
  );
  if (recipients.length === 0) throw badRequest('No recipients were defined for notification.');
  site.outbox.insert({
    issueId: target.issue.id,
    issueKey: target.issue.key,
    senderAccountId: req.caller.user.accountId,
    subject: typeof body.subject === 'string' ? body.subject : `[JIRA] (${target.issue.key}) ${String(target.issue.fields.summary)}`,
    textBody: typeof body.textBody === 'string' ? body.textBody : '',
    htmlBody: typeof body.htmlBody === 'string' ? body.htmlBody : '',
    recipients: recipients.map(
      (user): NotificationRecipient => ({
        accountId: user.accountId,
        displayName: user.displayName,
        emailAddress: user.email,
        locale: user.locale,
      }),
    ),
    sentAt: site.now(),
  });
  return noContent();
}

export const issueNotifyRoutes = (site: JiraSite): Route[] => [
  { method: 'POST', family: 'api', pattern: '/issue/:issueIdOrKey/notify', handler: (req) => notify(site, req) },
];
