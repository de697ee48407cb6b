import type { Database } from 'better-sqlite3';

/**
 * Who a project permission is granted to, with Jira's holder types: a group (by name), the
 * issue's reporter or assignee, the project lead, a project role (by id), or the users in a user
 * custom field (by field id, as JSM grants request participants).
 */
export type HolderType = 'group' | 'reporter' | 'assignee' | 'projectLead' | 'projectRole' | 'userCustomField';

export interface PermissionGrant {
  readonly id: string;
  readonly schemeId: string;
  readonly permission: string;
  readonly holderType: HolderType;
  /** The group name, role id or field id; null for holders without a parameter. */
  readonly holderParameter: string | null;
}

export interface PermissionScheme {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export interface ProjectRole {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export interface PermissionStore {
  grantGlobal(permission: string, groupName: string): void;
  globalGroups(permission: string): string[];
  insertScheme(scheme: PermissionScheme): void;
  schemeById(id: string): PermissionScheme | null;
  /** Adds a grant to a scheme; granting what the scheme already grants changes nothing. */
  grant(grant: PermissionGrant): void;
  grants(schemeId: string): PermissionGrant[];
  /** The grants of one permission in the scheme the project uses. */
  projectGrants(projectId: string, permission: string): PermissionGrant[];
  deleteGrant(schemeId: string, grantId: string): boolean;
  insertRole(role: ProjectRole): void;
  roleByName(name: string): ProjectRole | null;
  /** Makes an account an actor of a project role in a project. */
  addRoleActor(projectId: string, roleId: string, accountId: string): void;
  isRoleActor(projectId: string, roleId: string, accountId: string): boolean;
}

interface GrantRow {
  id: string;
  scheme_id: string;
  permission: string;
  holder_type: HolderType;
  holder_parameter: string;
}

const toGrant = (row: GrantRow): PermissionGrant => ({
  id: row.id,
  schemeId: row.scheme_id,
  permission: row.permission,
  holderType: row.holder_type,
  holderParameter: row.holder_parameter === '' ? null : row.holder_parameter,
});

const GRANT_ORDER = 'ORDER BY CAST(g.id AS INTEGER)';

export function permissionStore(db: Database): PermissionStore {
  return {
    grantGlobal(permission, groupName) {
      db.prepare('INSERT OR IGNORE INTO jira_global_permission_grants (permission, group_name) VALUES (?, ?)').run(permission, groupName);
    },
    globalGroups(permission) {
      return db
        .prepare<[string], { group_name: string }>('SELECT group_name FROM jira_global_permission_grants WHERE permission = ?')
        .all(permission)
        .map((row) => row.group_name);
    },
    insertScheme(scheme) {
      db.prepare('INSERT INTO jira_permission_schemes (id, name, description) VALUES (?, ?, ?)').run(scheme.id, scheme.name, scheme.description);
    },
    schemeById(id) {
      return db.prepare<[string], PermissionScheme>('SELECT id, name, description FROM jira_permission_schemes WHERE id = ?').get(id) ?? null;
    },
    grant(grant) {
      db.prepare(
        `INSERT OR IGNORE INTO jira_permission_grants (id, scheme_id, permission, holder_type, holder_parameter) VALUES (?, ?, ?, ?, ?)`,
      ).run(grant.id, grant.schemeId, grant.permission, grant.holderType, grant.holderParameter ?? '');
    },
    grants(schemeId) {
      return db.prepare<[string], GrantRow>(`SELECT g.* FROM jira_permission_grants g WHERE g.scheme_id = ? ${GRANT_ORDER}`).all(schemeId).map(toGrant);
    },
    projectGrants(projectId, permission) {
      return db
        .prepare<[string, string], GrantRow>(
          `SELECT g.* FROM jira_permission_grants g JOIN jira_projects p ON p.permission_scheme_id = g.scheme_id
           WHERE p.id = ? AND g.permission = ? ${GRANT_ORDER}`,
        )
        .all(projectId, permission)
        .map(toGrant);
    },
    deleteGrant(schemeId, grantId) {
      return db.prepare('DELETE FROM jira_permission_grants WHERE scheme_id = ? AND id = ?').run(schemeId, grantId).changes > 0;
    },
    insertRole(role) {
      db.prepare('INSERT INTO jira_project_roles (id, name, description) VALUES (?, ?, ?)').run(role.id, role.name, role.description);
    },
    roleByName(name) {
      return db.prepare<[string], ProjectRole>('SELECT id, name, description FROM jira_project_roles WHERE name = ?').get(name) ?? null;
    },
    addRoleActor(projectId, roleId, accountId) {
      db.prepare('INSERT OR IGNORE INTO jira_project_role_actors (project_id, role_id, account_id) VALUES (?, ?, ?)').run(projectId, roleId, accountId);
    },
    isRoleActor(projectId, roleId, accountId) {
      return (
        db
          .prepare<[string, string, string], { n: number }>('SELECT count(*) AS n FROM jira_project_role_actors WHERE project_id = ? AND role_id = ? AND account_id = ?')
          .get(projectId, roleId, accountId)?.n === 1
      );
    },
  };
}
