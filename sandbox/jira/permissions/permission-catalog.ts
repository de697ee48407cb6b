export interface PermissionDefinition {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly type: 'GLOBAL' | 'PROJECT';
  readonly description: string;
}

const define = (
  id: string,
  key: string,
  name: string,
  type: PermissionDefinition['type'],
  description: string,
): PermissionDefinition => ({ id, key, name, type, description });

/** The permissions the emulator knows, with Jira's ids and keys. */
export const PERMISSIONS: readonly PermissionDefinition[] = [
  define('0', 'ADMINISTER', 'Administer Jira', 'GLOBAL', 'Create and administer projects, issue types, fields, workflows.'),
  define('27', 'USER_PICKER', 'Browse users and groups', 'GLOBAL', 'View and select users or groups from the user picker.'),
  define('10', 'BROWSE_PROJECTS', 'Browse Projects', 'PROJECT', 'Ability to browse projects and the issues within them.'),
  define('11', 'CREATE_ISSUES', 'Create Issues', 'PROJECT', 'Ability to create issues.'),
  define('12', 'EDIT_ISSUES', 'Edit Issues', 'PROJECT', 'Ability to edit issues.'),
  define('13', 'ASSIGN_ISSUES', 'Assign Issues', 'PROJECT', 'Ability to assign issues to other people.'),
  define('14', 'RESOLVE_ISSUES', 'Resolve Issues', 'PROJECT', 'Ability to resolve and reopen issues.'),
  define('15', 'ADD_COMMENTS', 'Add Comments', 'PROJECT', 'Ability to comment on issues.'),
  define('17', 'ASSIGNABLE_USER', 'Assignable User', 'PROJECT', 'Users with this permission may be assigned to issues.'),
  define('21', 'LINK_ISSUES', 'Link Issues', 'PROJECT', 'Ability to link issues together.'),
  define('23', 'ADMINISTER_PROJECTS', 'Administer Projects', 'PROJECT', 'Ability to administer a project in Jira.'),
  define('30', 'MODIFY_REPORTER', 'Modify Reporter', 'PROJECT', 'Ability to modify the reporter when creating or editing an issue.'),
  define('46', 'TRANSITION_ISSUES', 'Transition Issues', 'PROJECT', 'Ability to transition issues.'),
  define('44', 'SERVICEDESK_AGENT', 'Service Project Agent', 'PROJECT', 'Work on requests in a service project.'),
];

export const permissionByKey = (key: string): PermissionDefinition | undefined =>
  PERMISSIONS.find((permission) => permission.key === key);

export type ProjectPermission =
  | 'BROWSE_PROJECTS'
  | 'CREATE_ISSUES'
  | 'EDIT_ISSUES'
  | 'ASSIGN_ISSUES'
  | 'RESOLVE_ISSUES'
  | 'ADD_COMMENTS'
  | 'ASSIGNABLE_USER'
  | 'LINK_ISSUES'
  | 'ADMINISTER_PROJECTS'
  | 'MODIFY_REPORTER'
  | 'TRANSITION_ISSUES'
  | 'SERVICEDESK_AGENT';

export type GlobalPermission = 'ADMINISTER' | 'USER_PICKER';
