import { badRequest, notFound, ISSUE_NOT_FOUND } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import type { JiraSite } from '../jira-site';
import { permissionByKey, type GlobalPermission, type PermissionDefinition, type ProjectPermission } from '../permissions/permission-catalog';
import type { PermissionsJson } from '../render/jira-models';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';

interface Scope {
  readonly project: ProjectRecord | null;
  readonly issue: IssueRecord | null;
}

/** The project or issue that `projectKey`, `projectId`, `issueKey` or `issueId` name. */
function scopeOf(site: JiraSite, req: JiraRequest): Scope {
  const issueRef = req.query.get('issueKey') ?? req.query.get('issueId');
  if (issueRef !== null) {
    const issue = site.issues.byIdOrKey(issueRef);
    if (issue === null) throw notFound(ISSUE_NOT_FOUND);
    return { project: site.projects.byIdOrKey(issue.projectId), issue };
  }
  const projectRef = req.query.get('projectKey') ?? req.query.get('projectId');
  if (projectRef === null) return { project: null, issue: null };
  const project = site.projects.byIdOrKey(projectRef);
  if (project === null) throw notFound(`No project could be found with key '${projectRef}'.`);
  return { project, issue: null };
}

/** Without a project, Jira says whether the caller holds a project permission in any project. */
function holds(site: JiraSite, req: JiraRequest, permission: PermissionDefinition, scope: Scope): boolean {
  if (permission.type === 'GLOBAL') return site.permissions.hasGlobal(req.caller, permission.key as GlobalPermission);
  const key = permission.key as ProjectPermission;
  const projects = scope.project === null ? site.projects.all() : [scope.project];
  return projects.some((project) => site.permissions.hasProject(req.caller, project, key, scope.issue ?? undefined));
}

function myPermissions(site: JiraSite, req: JiraRequest) {
  const keys = queryList(req.query, 'permissions');
  if (keys.length === 0) throw badRequest('The permissions parameter is required.');
  const unknown = keys.filter((key) => permissionByKey(key) === undefined);
  if (unknown.length > 0) throw badRequest(`Invalid permissions: ${unknown.join(', ')}`);
  const scope = scopeOf(site, req);
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const permission = permissionByKey(key);
    if (permission !== undefined) permissions[key] = { ...permission, havePermission: holds(site, req, permission, scope) };
  }
  return ok({ permissions } satisfies PermissionsJson);
}

export const permissionRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/mypermissions', handler: (req) => myPermissions(site, req) },
];
