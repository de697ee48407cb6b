import { idList, objectBody } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { offsetPage } from '../render/page-json';
import type { IssueTypeSchemeRecord } from '../store/issue-type-scheme-store';

const schemeJson = (scheme: IssueTypeSchemeRecord) => ({
  id: scheme.id,
  name: scheme.name,
  description: scheme.description,
  ...(scheme.defaultIssueTypeId === null ? {} : { defaultIssueTypeId: scheme.defaultIssueTypeId }),
  isDefault: scheme.isDefault,
});

function listSchemes(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const ids = queryList(req.query, 'id');
  const schemes = site.issueTypeSchemes.all().filter((scheme) => ids.length === 0 || ids.includes(scheme.id));
  return ok(offsetPage(req, '/issuetypescheme', schemes.map(schemeJson)));
}

function schemesOfProjects(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const projectIds = queryList(req.query, 'projectId');
  if (projectIds.length === 0) throw badRequest('projectId must be provided.');
  const projects = projectIds.flatMap((id) => site.projects.byIdOrKey(id) ?? []);
  const schemeIds = [...new Set(projects.map((project) => project.issueTypeSchemeId))];
  const values = schemeIds.flatMap((schemeId) => {
    const scheme = site.issueTypeSchemes.byId(schemeId);
    if (scheme === null) return [];
    const using = projects.filter((project) => project.issueTypeSchemeId === schemeId).map((project) => project.id);
    return [{ issueTypeScheme: schemeJson(scheme), projectIds: using }];
  });
  return ok(offsetPage(req, '/issuetypescheme/project', values));
}

function schemeMappings(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const wanted = queryList(req.query, 'issueTypeSchemeId');
  const values = site.issueTypeSchemes
    .all()
    .filter((scheme) => wanted.length === 0 || wanted.includes(scheme.id))
    .flatMap((scheme) => site.issueTypeSchemes.issueTypeIds(scheme.id).map((issueTypeId) => ({ issueTypeSchemeId: scheme.id, issueTypeId })));
  return ok(offsetPage(req, '/issuetypescheme/mapping', values));
}

/** `PUT /issuetypescheme/{id}/issuetype`: appends types; if any is already in the scheme, nothing is added. */
function addIssueTypes(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const scheme = site.issueTypeSchemes.byId(req.params.issueTypeSchemeId ?? '');
  if (scheme === null) throw notFound('The issue type scheme is not found.');
  const issueTypeIds = idList(objectBody(req.body).issueTypeIds);
  if (issueTypeIds === null || issueTypeIds.length === 0) throw badRequest('issueTypeIds must be provided.');
  if (scheme.isDefault) throw badRequest('The default issue type scheme cannot be updated.');
  const missing = issueTypeIds.find((id) => site.catalog.issueTypeById(id) === null);
  if (missing !== undefined) throw notFound(`The issue type with ID '${missing}' does not exist.`);
  const present = site.issueTypeSchemes.issueTypeIds(scheme.id);
  const duplicate = issueTypeIds.find((id) => present.includes(id));
  if (duplicate !== undefined) throw badRequest(`The issue type with ID '${duplicate}' is already in the issue type scheme.`);
  site.db.transaction(() => {
    site.issueTypeSchemes.append(scheme.id, issueTypeIds);
  })();
  return noContent();
}

export const issueTypeSchemeRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issuetypescheme', handler: (req) => listSchemes(site, req) },
  { method: 'GET', family: 'api', pattern: '/issuetypescheme/project', handler: (req) => schemesOfProjects(site, req) },
  { method: 'GET', family: 'api', pattern: '/issuetypescheme/mapping', handler: (req) => schemeMappings(site, req) },
  { method: 'PUT', family: 'api', pattern: '/issuetypescheme/:issueTypeSchemeId/issuetype', handler: (req) => addIssueTypes(site, req) },
];
