import { forbidden, notFound } from '../http/jira-error';
import { noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { permissionGrantsJson, permissionSchemeJson } from '../render/permission-scheme-json';
import type { PermissionScheme } from '../store/permission-store';

/** `GET /project/{key}/permissionscheme`: Administer Jira, or Administer Projects in that project. */
function assignedScheme(site: JiraSite, req: JiraRequest) {
  const idOrKey = req.params.projectIdOrKey ?? '';
  const project = site.projects.byIdOrKey(idOrKey);
  if (project === null || !site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS')) {
    throw notFound(`No project could be found with key '${idOrKey}'.`);
  }
  if (!site.permissions.hasGlobal(req.caller, 'ADMINISTER') && !site.permissions.hasProject(req.caller, project, 'ADMINISTER_PROJECTS')) {
    throw forbidden('You do not have permission to view the permission scheme of this project.');
  }
  const scheme = site.grants.schemeById(project.permissionSchemeId);
  if (scheme === null) throw new Error(`Project ${project.key} uses a permission scheme that does not exist`);
  return ok(permissionSchemeJson(scheme, req.baseUrl));
}

function existingScheme(site: JiraSite, req: JiraRequest): PermissionScheme {
  const id = req.params.schemeId ?? '';
  const scheme = site.grants.schemeById(id);
  if (scheme === null) throw notFound(`The permission scheme with id '${id}' does not exist.`);
  return scheme;
}

/*
 * Jira documents reading a scheme's grants as open to anyone with access to Jira. The emulator
 * takes the narrower reading, Administer Jira, as for changing them: the app never reads them,
 * and tests and admins do.
 */
export const permissionSchemeRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/project/:projectIdOrKey/permissionscheme', handler: (req) => assignedScheme(site, req) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/permissionscheme/:schemeId/permission',
    handler: (req) => {
      requireAdmin(site, req.caller);
      const scheme = existingScheme(site, req);
      return ok(permissionGrantsJson(site, site.grants.grants(scheme.id), req.baseUrl));
    },
  },
  {
    method: 'DELETE',
    family: 'api',
    pattern: '/permissionscheme/:schemeId/permission/:permissionId',
    handler: (req) => {
      requireAdmin(site, req.caller);
      const scheme = existingScheme(site, req);
      const grantId = req.params.permissionId ?? '';
      if (!site.grants.deleteGrant(scheme.id, grantId)) throw notFound(`The permission grant with id '${grantId}' does not exist in this scheme.`);
      return noContent();
    },
  },
];
