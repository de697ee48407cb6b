import type { Caller } from '../http/jira-request';
import type { IssueRecord } from '../store/issue-store';
import type { PermissionStore } from '../store/permission-store';
import type { ProjectRecord } from '../store/project-store';
import type { UserStore } from '../store/user-store';
import type { GlobalPermission, ProjectPermission } from './permission-catalog';

export interface PermissionChecker {
  hasGlobal(caller: Caller, permission: GlobalPermission): boolean;
  /**
   * With an issue, holder types that depend on it (reporter, assignee, user fields) count;
   * without one, only grants that hold for the whole project do.
   */
  hasProject(caller: Caller, project: ProjectRecord, permission: ProjectPermission, issue?: IssueRecord): boolean;
  /** Whether an account (not the caller) holds a project permission, e.g. to be assignable or notified. */
  userHasProject(accountId: string, project: ProjectRecord, permission: ProjectPermission, issue?: IssueRecord): boolean;
}

/** The accounts a user field holds on the issue: one for a single user picker, several for a multi-user one. */
const accountsIn = (issue: IssueRecord, fieldId: string): readonly unknown[] => {
  const value = issue.fields[fieldId];
  return Array.isArray(value) ? value : [value];
};

/**
 * Project permissions come from the permission scheme of the project, for everyone: the app's
 * user too, which holds them through the `atlassian-addons-project-access` role that Jira puts
 * it in, so removing that role's grant takes the permission from the app. Global permissions come
 * from groups; the app's user is in `atlassian-addons-admin`.
 */
export function permissionChecker(users: UserStore, grants: PermissionStore): PermissionChecker {
  const groupNamesOf = (accountId: string): Set<string> => new Set(users.groupsOf(accountId).map((group) => group.name));

  const accountHasProject = (
    accountId: string,
    project: ProjectRecord,
    permission: ProjectPermission,
    issue?: IssueRecord,
  ): boolean => {
    if (users.byAccountId(accountId)?.active !== true) return false;
    const groups = groupNamesOf(accountId);
    return grants.projectGrants(project.id, permission).some((grant) => {
      switch (grant.holderType) {
        case 'group':
          return grant.holderParameter !== null && groups.has(grant.holderParameter);
        case 'projectLead':
          return project.leadAccountId === accountId;
        case 'reporter':
          return issue?.fields.reporter === accountId;
        case 'assignee':
          return issue?.fields.assignee === accountId;
        case 'projectRole':
          return grant.holderParameter !== null && grants.isRoleActor(project.id, grant.holderParameter, accountId);
        case 'userCustomField':
          return issue !== undefined && grant.holderParameter !== null && accountsIn(issue, grant.holderParameter).includes(accountId);
      }
    });
  };

  return {
    hasGlobal(caller, permission) {
      if (!caller.user.active) return false;
      const groups = groupNamesOf(caller.user.accountId);
      return grants.globalGroups(permission).some((group) => groups.has(group));
    },
    hasProject: (caller, project, permission, issue) => accountHasProject(caller.user.accountId, project, permission, issue),
    userHasProject: accountHasProject,
  };
}
