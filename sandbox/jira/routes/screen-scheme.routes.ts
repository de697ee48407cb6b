import { isRecord, scalarText } from '../json-value';
import { idList, objectBody, stringProp } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { created, noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { offsetPage } from '../render/page-json';
import type { IssueTypeScreenMapping, IssueTypeScreenSchemeRecord, ScreenSchemeRecord, ScreenTypes } from '../store/screen-scheme-store';

const OPERATIONS = ['default', 'create', 'edit', 'view'] as const;

const screenSchemeJson = (scheme: ScreenSchemeRecord) => ({
  id: Number(scheme.id),
  name: scheme.name,
  description: scheme.description,
  screens: Object.fromEntries(OPERATIONS.flatMap((operation) => (scheme.screens[operation] === undefined ? [] : [[operation, Number(scheme.screens[operation])]]))),
});

const schemeRefJson = (scheme: IssueTypeScreenSchemeRecord) => ({ id: scheme.id, name: scheme.name, description: scheme.description });

/** `screens` of a body: screen ids per operation, each an existing screen; `base` supplies the operations not named. */
function screenTypes(site: JiraSite, raw: unknown, base: ScreenTypes | null): ScreenTypes {
  const given = isRecord(raw) ? raw : {};
  const screens: Record<string, string> = { ...base };
  for (const operation of OPERATIONS) {
    const value = given[operation];
    if (value === undefined || value === null) continue;
    const id = scalarText(value);
    if (site.screens.byId(id) === null) throw badRequest(`The screen with ID '${id}' does not exist.`);
    screens[operation] = id;
  }
  const { default: fallback, ...others } = screens;
  if (fallback === undefined) throw badRequest('A screen scheme needs a default screen.');
  return { default: fallback, ...others };
}

function createScreenScheme(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? '';
  if (name === '') throw badRequest('The screen scheme name must not be empty.');
  if (site.screenSchemes.all().some((scheme) => scheme.name.toLowerCase() === name.toLowerCase())) throw badRequest(`A screen scheme with the name '${name}' already exists.`);
  const scheme = { id: site.nextId('screenscheme'), name, description: stringProp(body, 'description') ?? '', screens: screenTypes(site, body.screens, null) };
  site.db.transaction(() => {
    site.screenSchemes.insert(scheme);
  })();
  return created({ id: Number(scheme.id) });
}

/** `PUT /screenscheme/{id}`: renames, or replaces the screens of the operations it names. */
function updateScreenScheme(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const scheme = site.screenSchemes.byId(req.params.screenSchemeId ?? '');
  if (scheme === null) throw notFound('The screen scheme was not found.');
  const body = objectBody(req.body);
  const updated = {
    ...scheme,
    name: stringProp(body, 'name') ?? scheme.name,
    description: stringProp(body, 'description') ?? scheme.description,
    screens: screenTypes(site, body.screens, scheme.screens),
  };
  site.db.transaction(() => {
    site.screenSchemes.replace(updated);
  })();
  return noContent();
}

/** Mappings of a body: `default` or an existing issue type, each to an existing screen scheme. */
function mappingsOf(site: JiraSite, raw: unknown): IssueTypeScreenMapping[] {
  if (!Array.isArray(raw) || raw.length === 0) throw badRequest('issueTypeMappings must be provided.');
  return raw.map((entry: unknown) => {
    const mapping = isRecord(entry) ? entry : {};
    const issueTypeId = scalarText(mapping.issueTypeId);
    const screenSchemeId = scalarText(mapping.screenSchemeId);
    if (issueTypeId !== 'default' && site.catalog.issueTypeById(issueTypeId) === null) throw badRequest(`The issue type with ID '${issueTypeId}' does not exist.`);
    if (site.screenSchemes.byId(screenSchemeId) === null) throw badRequest(`The screen scheme with ID '${screenSchemeId}' does not exist.`);
    return { issueTypeId, screenSchemeId };
  });
}

function issueTypeSchemeOf(site: JiraSite, req: JiraRequest): IssueTypeScreenSchemeRecord {
  requireAdmin(site, req.caller);
  const scheme = site.screenSchemes.issueTypeSchemeById(req.params.issueTypeScreenSchemeId ?? '');
  if (scheme === null) throw notFound('The issue type screen scheme was not found.');
  return scheme;
}

function createIssueTypeScreenScheme(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? '';
  if (name === '') throw badRequest('The issue type screen scheme name must not be empty.');
  const mappings = mappingsOf(site, body.issueTypeMappings);
  if (!mappings.some((mapping) => mapping.issueTypeId === 'default')) throw badRequest('The issue type mappings must include the default mapping.');
  const scheme = { id: site.nextId('issuetypescreenscheme'), name, description: stringProp(body, 'description') ?? '' };
  site.db.transaction(() => {
    site.screenSchemes.insertIssueTypeScheme(scheme);
    site.screenSchemes.addMappings(scheme.id, mappings);
  })();
  return created({ id: scheme.id });
}

/** `PUT /issuetypescreenscheme/{id}/mapping`: appends; a type already mapped, or `default`, is refused. */
function appendMappings(site: JiraSite, req: JiraRequest) {
  const scheme = issueTypeSchemeOf(site, req);
  const mappings = mappingsOf(site, objectBody(req.body).issueTypeMappings);
  const mapped = site.screenSchemes.mappings(scheme.id).map((mapping) => mapping.issueTypeId);
  const clash = mappings.find((mapping) => mapping.issueTypeId === 'default' || mapped.includes(mapping.issueTypeId));
  if (clash !== undefined) throw badRequest(`The issue type '${clash.issueTypeId}' is already mapped in the issue type screen scheme.`);
  site.db.transaction(() => {
    site.screenSchemes.addMappings(scheme.id, mappings);
  })();
  return noContent();
}

function removeMappings(site: JiraSite, req: JiraRequest) {
  const scheme = issueTypeSchemeOf(site, req);
  const issueTypeIds = idList(objectBody(req.body).issueTypeIds);
  if (issueTypeIds === null || issueTypeIds.length === 0) throw badRequest('issueTypeIds must be provided.');
  if (issueTypeIds.includes('default')) throw badRequest('The default mapping cannot be removed.');
  const mapped = site.screenSchemes.mappings(scheme.id).map((mapping) => mapping.issueTypeId);
  const missing = issueTypeIds.find((id) => !mapped.includes(id));
  if (missing !== undefined) throw badRequest(`The issue type '${missing}' is not mapped in the issue type screen scheme.`);
  site.db.transaction(() => {
    site.screenSchemes.removeMappings(scheme.id, issueTypeIds);
  })();
  return noContent();
}

function schemesOfProjects(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const projects = queryList(req.query, 'projectId').flatMap((id) => site.projects.byIdOrKey(id) ?? []);
  const schemeIds = [...new Set(projects.map((project) => project.issueTypeScreenSchemeId))];
  const values = schemeIds.flatMap((schemeId) => {
    const scheme = site.screenSchemes.issueTypeSchemeById(schemeId);
    if (scheme === null) return [];
    return [{ issueTypeScreenScheme: schemeRefJson(scheme), projectIds: projects.filter((p) => p.issueTypeScreenSchemeId === schemeId).map((p) => p.id) }];
  });
  return ok(offsetPage(req, '/issuetypescreenscheme/project', values));
}

function assignToProject(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const project = site.projects.byIdOrKey(scalarText(body.projectId));
  const scheme = site.screenSchemes.issueTypeSchemeById(scalarText(body.issueTypeScreenSchemeId));
  if (project === null || scheme === null) throw notFound('The project or the issue type screen scheme was not found.');
  site.db.transaction(() => {
    site.projects.setScheme(project.id, 'issueTypeScreen', scheme.id);
  })();
  return noContent();
}

function listMappings(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const wanted = queryList(req.query, 'issueTypeScreenSchemeId');
  const values = site.screenSchemes
    .issueTypeSchemes()
    .filter((scheme) => wanted.length === 0 || wanted.includes(scheme.id))
    .flatMap((scheme) => site.screenSchemes.mappings(scheme.id).map((mapping) => ({ issueTypeScreenSchemeId: scheme.id, ...mapping })));
  return ok(offsetPage(req, '/issuetypescreenscheme/mapping', values));
}

const listed = <T extends { id: string }>(req: JiraRequest, path: string, all: readonly T[], json: (item: T) => unknown) => {
  const ids = queryList(req.query, 'id');
  return ok(offsetPage(req, path, all.filter((item) => ids.length === 0 || ids.includes(item.id)).map(json), { defaultSize: 25 }));
};

export const screenSchemeRoutes = (site: JiraSite): Route[] => [
  {
    method: 'GET',
    family: 'api',
    pattern: '/screenscheme',
    handler: (req) => {
      requireAdmin(site, req.caller);
      return listed(req, '/screenscheme', site.screenSchemes.all(), screenSchemeJson);
    },
  },
  { method: 'POST', family: 'api', pattern: '/screenscheme', handler: (req) => createScreenScheme(site, req) },
  { method: 'PUT', family: 'api', pattern: '/screenscheme/:screenSchemeId', handler: (req) => updateScreenScheme(site, req) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/issuetypescreenscheme',
    handler: (req) => {
      requireAdmin(site, req.caller);
      return listed(req, '/issuetypescreenscheme', site.screenSchemes.issueTypeSchemes(), schemeRefJson);
    },
  },
  { method: 'POST', family: 'api', pattern: '/issuetypescreenscheme', handler: (req) => createIssueTypeScreenScheme(site, req) },
  { method: 'GET', family: 'api', pattern: '/issuetypescreenscheme/mapping', handler: (req) => listMappings(site, req) },
  { method: 'GET', family: 'api', pattern: '/issuetypescreenscheme/project', handler: (req) => schemesOfProjects(site, req) },
  { method: 'PUT', family: 'api', pattern: '/issuetypescreenscheme/project', handler: (req) => assignToProject(site, req) },
  { method: 'PUT', family: 'api', pattern: '/issuetypescreenscheme/:issueTypeScreenSchemeId/mapping', handler: (req) => appendMappings(site, req) },
  { method: 'POST', family: 'api', pattern: '/issuetypescreenscheme/:issueTypeScreenSchemeId/mapping/remove', handler: (req) => removeMappings(site, req) },
];
