import { randomUUID } from 'node:crypto';
import { isRecord, scalarText } from '../json-value';
import { objectBody, stringProp } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { created, noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { offsetPage } from '../render/page-json';
import { workflowSchemeJson, workflowSchemeReadJson } from '../render/workflow-scheme-json';
import type { WorkflowSchemeRecord } from '../store/workflow-scheme-store';
import { BASE_WORKFLOWS } from '../seed-site-config';

const SCHEME_NOT_FOUND = 'The workflow scheme does not exist.';

function schemeById(site: JiraSite, id: string): WorkflowSchemeRecord {
  const scheme = site.workflowSchemes.byId(id);
  if (scheme === null) throw notFound(SCHEME_NOT_FOUND);
  return scheme;
}

/** The classic body's workflows, named: an unknown name, or an unknown issue type, is the caller's mistake. */
function workflowsByName(site: JiraSite, body: Readonly<Record<string, unknown>>, fallback: string): { defaultWorkflowId: string; mappings: Record<string, string> } {
  const idOfName = (name: string): string => {
    const workflow = site.workflows.byName(name);
    if (workflow === null) throw badRequest(`The workflow '${name}' does not exist.`);
    return workflow.id;
  };
  const defaultName = stringProp(body, 'defaultWorkflow');
  const mappings: Record<string, string> = {};
  for (const [issueTypeId, name] of Object.entries(isRecord(body.issueTypeMappings) ? body.issueTypeMappings : {})) {
    if (site.catalog.issueTypeById(issueTypeId) === null) throw badRequest(`The issue type with ID '${issueTypeId}' does not exist.`);
    mappings[issueTypeId] = idOfName(String(name));
  }
  return { defaultWorkflowId: defaultName === null ? fallback : idOfName(defaultName), mappings };
}

function createScheme(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? '';
  if (name === '') throw badRequest('The workflow scheme name must not be empty.');
  if (site.workflowSchemes.byName(name) !== null) throw badRequest(`A workflow scheme with the name '${name}' already exists.`);
  // Without a default, Jira's system workflow is the default.
  const workflows = workflowsByName(site, body, BASE_WORKFLOWS.system.id);
  const scheme = { id: site.nextId('workflowscheme'), name, description: stringProp(body, 'description') ?? '', ...workflows, version: { id: randomUUID(), versionNumber: 1 } };
  site.db.transaction(() => {
    site.workflowSchemes.insert(scheme);
  })();
  return created(workflowSchemeJson(site, scheme, req.baseUrl));
}

/** `PUT /workflowscheme/{id}`: a scheme in use would need a draft, which the sandbox does not keep. */
function updateScheme(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const scheme = schemeById(site, req.params.id ?? '');
  if (site.workflowSchemes.projectIds(scheme.id).length > 0) {
    throw badRequest('The workflow scheme is used by projects; change it with POST /rest/api/3/workflowscheme/update.');
  }
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? scheme.name;
  const other = site.workflowSchemes.byName(name);
  if (other !== null && other.id !== scheme.id) throw badRequest(`A workflow scheme with the name '${name}' already exists.`);
  const workflows = 'issueTypeMappings' in body || 'defaultWorkflow' in body ? workflowsByName(site, body, scheme.defaultWorkflowId) : scheme;
  const updated = {
    ...scheme,
    name,
    description: stringProp(body, 'description') ?? scheme.description,
    defaultWorkflowId: workflows.defaultWorkflowId,
    mappings: workflows.mappings,
    version: { id: randomUUID(), versionNumber: scheme.version.versionNumber + 1 },
  };
  site.db.transaction(() => {
    site.workflowSchemes.update(updated);
  })();
  return ok(workflowSchemeJson(site, updated, req.baseUrl));
}

function schemesOfProjects(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const projects = queryList(req.query, 'projectId').flatMap((id) => site.projects.byIdOrKey(id) ?? []);
  if (projects.length === 0) throw badRequest('projectId must be the ID of a project.');
  const schemeIds = [...new Set(projects.map((project) => project.workflowSchemeId))];
  return ok({
    values: schemeIds.map((schemeId) => ({
      projectIds: projects.filter((project) => project.workflowSchemeId === schemeId).map((project) => project.id),
      workflowScheme: workflowSchemeJson(site, schemeById(site, schemeId), req.baseUrl),
    })),
  });
}

/** `PUT /workflowscheme/project`: Jira only switches the scheme of a project that has no issues yet. */
function assignScheme(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const project = site.projects.byIdOrKey(scalarText(body.projectId));
  if (project === null) throw notFound('The project does not exist.');
  const scheme = schemeById(site, scalarText(body.workflowSchemeId));
  if (site.issues.all().some((issue) => issue.projectId === project.id)) {
    throw badRequest('The workflow scheme cannot be assigned to a project that has issues; use POST /rest/api/3/workflowscheme/update to migrate them.');
  }
  site.db.transaction(() => {
    site.projects.setScheme(project.id, 'workflow', scheme.id);
  })();
  return noContent();
}

function readSchemes(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const ids = [
    ...(Array.isArray(body.workflowSchemeIds) ? body.workflowSchemeIds.map(String) : []),
    ...(Array.isArray(body.projectIds) ? body.projectIds.map(String) : []).flatMap((id) => site.projects.byIdOrKey(id)?.workflowSchemeId ?? []),
  ];
  return ok([...new Set(ids)].flatMap((id) => site.workflowSchemes.byId(id) ?? []).map((scheme) => workflowSchemeReadJson(site, scheme)));
}

export const workflowSchemeRoutes = (site: JiraSite): Route[] => [
  {
    method: 'GET',
    family: 'api',
    pattern: '/workflowscheme',
    handler: (req) => {
      requireAdmin(site, req.caller);
      return ok(offsetPage(req, '/workflowscheme', site.workflowSchemes.all().map((scheme) => workflowSchemeJson(site, scheme, req.baseUrl))));
    },
  },
  { method: 'POST', family: 'api', pattern: '/workflowscheme', handler: (req) => createScheme(site, req) },
  { method: 'GET', family: 'api', pattern: '/workflowscheme/project', handler: (req) => schemesOfProjects(site, req) },
  { method: 'PUT', family: 'api', pattern: '/workflowscheme/project', handler: (req) => assignScheme(site, req) },
  { method: 'POST', family: 'api', pattern: '/workflowscheme/read', handler: (req) => readSchemes(site, req) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/workflowscheme/:id',
    handler: (req) => {
      requireAdmin(site, req.caller);
      return ok(workflowSchemeJson(site, schemeById(site, req.params.id ?? ''), req.baseUrl));
    },
  },
  { method: 'PUT', family: 'api', pattern: '/workflowscheme/:id', handler: (req) => updateScheme(site, req) },
];
