import type { JiraSite } from '../jira-site';
import type { PermissionGrant, PermissionScheme } from '../store/permission-store';

const SCHEME_EXPAND = 'permissions,user,group,projectRole,field,all';
const GRANTS_EXPAND = 'user,group,permissions,projectRole,field,all';

const schemeSelf = (baseUrl: string, schemeId: string): string => `${baseUrl}/rest/api/3/permissionscheme/${schemeId}`;

/**
 * A grant's holder as Jira writes it: `parameter` is the group's name, the role's id or the
 * field's id, and `value` the group's id (for the others the same as `parameter`).
 */
function holderJson(site: JiraSite, grant: PermissionGrant) {
  const parameter = grant.holderParameter;
  if (parameter === null) return { type: grant.holderType };
  const value = grant.holderType === 'group' ? (site.users.groupByName(parameter)?.groupId ?? parameter) : parameter;
  return { type: grant.holderType, parameter, value };
}

export const permissionGrantJson = (site: JiraSite, grant: PermissionGrant, baseUrl: string) => ({
  id: Number(grant.id),
  self: `${schemeSelf(baseUrl, grant.schemeId)}/permission/${grant.id}`,
  holder: holderJson(site, grant),
  permission: grant.permission,
});

export const permissionGrantsJson = (site: JiraSite, grants: readonly PermissionGrant[], baseUrl: string) => ({
  permissions: grants.map((grant) => permissionGrantJson(site, grant, baseUrl)),
  expand: GRANTS_EXPAND,
});

export const permissionSchemeJson = (scheme: PermissionScheme, baseUrl: string) => ({
  expand: SCHEME_EXPAND,
  id: Number(scheme.id),
  self: schemeSelf(baseUrl, scheme.id),
  name: scheme.name,
  description: scheme.description,
});
