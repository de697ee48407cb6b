import type { Database } from 'better-sqlite3';

/** Who a project permission is granted to, as in a Jira permission scheme. */
export type HolderType = 'group' | 'reporter' | 'participant' | 'assignee' | 'projectLead';

export interface PermissionGrant {
  readonly projectId: string;
  readonly permission: string;
  readonly holderType: HolderType;
  /** The group name for `group`; null otherwise. */
  readonly holderParameter: string | null;
}

export interface PermissionStore {
  grantGlobal(permission: string, groupName: string): void;
  globalGroups(permission: string): string[];
  grantProject(grant: PermissionGrant): void;
  projectGrants(projectId: string, permission: string): PermissionGrant[];
}

interface GrantRow {
  project_id: string;
  permission: string;
  holder_type: HolderType;
  holder_parameter: string | null;
}

export function permissionStore(db: Database): PermissionStore {
  return {
    grantGlobal(permission, groupName) {
      db.prepare('INSERT OR IGNORE INTO jira_global_permission_grants (permission, group_name) VALUES (?, ?)').run(
        permission,
        groupName,
      );
    },
    globalGroups(permission) {
      return db
        .prepare<[string], { group_name: string }>('SELECT group_name FROM jira_global_permission_grants WHERE permission = ?')
        .all(permission)
        .map((row) => row.group_name);
    },
    grantProject(grant) {
      db.prepare(
        `INSERT OR IGNORE INTO jira_project_permission_grants (project_id, permission, holder_type, holder_parameter)
         VALUES (?, ?, ?, ?)`,
      ).run(grant.projectId, grant.permission, grant.holderType, grant.holderParameter);
    },
    projectGrants(projectId, permission) {
      return db
        .prepare<[string, string], GrantRow>(
          'SELECT * FROM jira_project_permission_grants WHERE project_id = ? AND permission = ?',
        )
        .all(projectId, permission)
        .map((row) => ({
          projectId: row.project_id,
          permission: row.permission,
          holderType: row.holder_type,
          holderParameter: row.holder_parameter,
        }));
    },
  };
}
