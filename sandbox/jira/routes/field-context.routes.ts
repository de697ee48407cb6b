import { idList, objectBody, stringProp } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { created, noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { offsetPage } from '../render/page-json';
import type { FieldContextRecord } from '../store/field-context-store';
import { customFieldOf } from './field.routes';

const contextJson = (context: FieldContextRecord) => ({
  id: context.id,
  name: context.name,
  description: context.description,
  isGlobalContext: context.projectIds.length === 0,
  isAnyIssueType: context.issueTypeIds.length === 0,
});

/** The field and one of its contexts, from the path; admins only, as all context endpoints. */
export function contextOf(site: JiraSite, req: JiraRequest): FieldContextRecord {
  requireAdmin(site, req.caller);
  const field = customFieldOf(site, req.params.fieldId ?? '');
  const context = site.fieldContexts.byId(req.params.contextId ?? '');
  if (context?.fieldId !== field.id) throw notFound('The context was not found.');
  return context;
}

function checkedIds(site: JiraSite, raw: unknown, kind: 'project' | 'issue type'): string[] {
  const ids = idList(raw ?? []);
  if (ids === null) throw badRequest(`The ${kind} ids must be a list.`);
  const exists = (id: string): boolean => (kind === 'project' ? site.projects.byIdOrKey(id) !== null : site.catalog.issueTypeById(id) !== null);
  const missing = ids.find((id) => !exists(id));
  if (missing !== undefined) throw notFound(`The ${kind} with ID '${missing}' was not found.`);
  return ids;
}

/** A project may be in one context of a field only. */
function checkProjectsFree(site: JiraSite, fieldId: string, projectIds: readonly string[]): void {
  const taken = site.fieldContexts.ofField(fieldId).flatMap((context) => context.projectIds);
  const clash = projectIds.find((id) => taken.includes(id));
  if (clash !== undefined) throw badRequest(`The project with ID '${clash}' is already assigned to a context of this field.`);
}

function listContexts(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const field = customFieldOf(site, req.params.fieldId ?? '');
  const wanted = req.query.getAll('contextId').flatMap((value) => value.split(','));
  const isGlobal = req.query.get('isGlobalContext');
  const isAny = req.query.get('isAnyIssueType');
  const contexts = site.fieldContexts
    .ofField(field.id)
    .map(contextJson)
    .filter((context) => wanted.length === 0 || wanted.includes(context.id))
    .filter((context) => isGlobal === null || String(context.isGlobalContext) === isGlobal)
    .filter((context) => isAny === null || String(context.isAnyIssueType) === isAny);
  return ok(offsetPage(req, `/field/${field.id}/context`, contexts));
}

function createContext(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const field = customFieldOf(site, req.params.fieldId ?? '');
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? '';
  if (name === '') throw badRequest('The context name must not be empty.');
  const projectIds = checkedIds(site, body.projectIds, 'project');
  const issueTypeIds = checkedIds(site, body.issueTypeIds, 'issue type');
  checkProjectsFree(site, field.id, projectIds);
  if (projectIds.length === 0 && site.fieldContexts.ofField(field.id).some((context) => context.projectIds.length === 0)) {
    throw badRequest('The field already has a global context.');
  }
  const context = { id: site.nextId('fieldcontext'), fieldId: field.id, name, description: stringProp(body, 'description') ?? '', projectIds, issueTypeIds };
  site.db.transaction(() => {
    site.fieldContexts.insert(context);
  })();
  return created({ id: context.id, name, description: context.description, projectIds, issueTypeIds });
}

// CHANGE-3019: from April 2026 Jira refuses to narrow a global context by adding projects or issue types to it.
const GLOBAL_CONTEXT_LOCKED = 'Projects and issue types can no longer be added to a global context; create a context for them instead.';

function assignProjects(site: JiraSite, req: JiraRequest) {
  const context = contextOf(site, req);
  const projectIds = checkedIds(site, objectBody(req.body).projectIds, 'project');
  if (context.projectIds.length === 0) throw badRequest(GLOBAL_CONTEXT_LOCKED);
  checkProjectsFree(site, context.fieldId, projectIds);
  site.db.transaction(() => {
    site.fieldContexts.addProjects(context.id, projectIds);
  })();
  return noContent();
}

function addIssueTypes(site: JiraSite, req: JiraRequest) {
  const context = contextOf(site, req);
  const issueTypeIds = checkedIds(site, objectBody(req.body).issueTypeIds, 'issue type');
  if (context.projectIds.length === 0) throw badRequest(GLOBAL_CONTEXT_LOCKED);
  const clash = issueTypeIds.find((id) => context.issueTypeIds.includes(id));
  if (clash !== undefined) throw badRequest(`The issue type with ID '${clash}' is already in the context.`);
  site.db.transaction(() => {
    site.fieldContexts.addIssueTypes(context.id, issueTypeIds);
  })();
  return noContent();
}

function mappings(site: JiraSite, req: JiraRequest, kind: 'project' | 'issuetype') {
  requireAdmin(site, req.caller);
  const field = customFieldOf(site, req.params.fieldId ?? '');
  const wanted = req.query.getAll('contextId').flatMap((value) => value.split(','));
  const contexts = site.fieldContexts.ofField(field.id).filter((context) => wanted.length === 0 || wanted.includes(context.id));
  const values = contexts.flatMap((context): Record<string, unknown>[] => {
    if (kind === 'project') {
      return context.projectIds.length === 0
        ? [{ contextId: context.id, isGlobalContext: true }]
        : context.projectIds.map((projectId) => ({ contextId: context.id, projectId, isGlobalContext: false }));
    }
    return context.issueTypeIds.length === 0
      ? [{ contextId: context.id, isAnyIssueType: true }]
      : context.issueTypeIds.map((issueTypeId) => ({ contextId: context.id, issueTypeId, isAnyIssueType: false }));
  });
  return ok(offsetPage(req, `/field/${field.id}/context/${kind}mapping`, values));
}

export const fieldContextRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/field/:fieldId/context', handler: (req) => listContexts(site, req) },
  { method: 'POST', family: 'api', pattern: '/field/:fieldId/context', handler: (req) => createContext(site, req) },
  { method: 'GET', family: 'api', pattern: '/field/:fieldId/context/projectmapping', handler: (req) => mappings(site, req, 'project') },
  { method: 'GET', family: 'api', pattern: '/field/:fieldId/context/issuetypemapping', handler: (req) => mappings(site, req, 'issuetype') },
  { method: 'PUT', family: 'api', pattern: '/field/:fieldId/context/:contextId/project', handler: (req) => assignProjects(site, req) },
  { method: 'PUT', family: 'api', pattern: '/field/:fieldId/context/:contextId/issuetype', handler: (req) => addIssueTypes(site, req) },
];
