import type { Caller } from '../http/jira-request';
import type { IssueRecord } from '../store/issue-store';
import type { PermissionStore } from '../store/permission-store';
import type { ProjectRecord } from '../store/project-store';
import type { UserStore } from '../store/user-store';
import type { GlobalPermission, ProjectPermission } from './permission-catalog';
import { REQUEST_PARTICIPANTS_FIELD } from '../fields/well-known-fields';

export interface PermissionChecker {
  hasGlobal(caller: Caller, permission: GlobalPermission): boolean;
  /**
   * With an issue, holder types that depend on it (reporter, participant, assignee) count;
   * without one, only grants that hold for the whole project do.
   */
  hasProject(caller: Caller, project: ProjectRecord, permission: ProjectPermission, issue?: IssueRecord): boolean;
  /** Whether an account (not the caller) holds a project permission, e.g. to be assignable or notified. */
  userHasProject(accountId: string, project: ProjectRecord, permission: ProjectPermission, issue?: IssueRecord): boolean;
}

const participantsOf = (issue: IssueRecord): readonly unknown[] => {
  const value = issue.fields[REQUEST_PARTICIPANTS_FIELD];
  return Array.isArray(value) ? value : [];
};

export function permissionChecker(users: UserStore, grants: PermissionStore, appAccountId: string): PermissionChecker {
  const groupNamesOf = (accountId: string): Set<string> => new Set(users.groupsOf(accountId).map((group) => group.name));

  const accountHasProject = (
    accountId: string,
    project: ProjectRecord,
    permission: ProjectPermission,
    issue?: IssueRecord,
  ): boolean => {
    // The app holds its permissions through its scopes, not through the permission scheme.
    if (accountId === appAccountId) return true;
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
        case 'participant':
          return issue !== undefined && participantsOf(issue).includes(accountId);
      }
    });
  };

  return {
    hasGlobal(caller, permission) {
      if (caller.isApp) return true;
      const groups = groupNamesOf(caller.user.accountId);
      return grants.globalGroups(permission).some((group) => groups.has(group));
    },
    hasProject: (caller, project, permission, issue) => accountHasProject(caller.user.accountId, project, permission, issue),
    userHasProject: accountHasProject,
  };
}
