import { isRecord } from '../json-value';
import { objectBody, refOf, stringProp } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { statusJson } from '../render/catalog-json';
import { offsetPage } from '../render/page-json';
import { jiraStatusJson } from '../render/status-json';
import type { StatusCategory, StatusRecord } from '../store/status-store';

const CATEGORIES: readonly StatusCategory[] = ['TODO', 'IN_PROGRESS', 'DONE'];
const MAX_NAME_LENGTH = 255;
const SEARCH_PAGE_SIZE = 200;

function searchStatuses(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const projectId = req.query.get('projectId');
  const text = (req.query.get('searchString') ?? '').toLowerCase();
  const category = req.query.get('statusCategory');
  const found = site.statuses
    .all()
    .filter((status) => status.projectId === projectId)
    .filter((status) => text === '' || status.name.toLowerCase().includes(text))
    .filter((status) => category === null || status.category === category);
  return ok(offsetPage(req, '/statuses/search', found.map(jiraStatusJson), { defaultSize: SEARCH_PAGE_SIZE, linkQuery: {} }));
}

/** The project of a PROJECT scope, or null for GLOBAL; anything else is the caller's mistake. */
function scopeProjectId(site: JiraSite, scope: unknown): string | null {
  if (!isRecord(scope) || (scope.type !== 'GLOBAL' && scope.type !== 'PROJECT')) throw badRequest('The scope type must be GLOBAL or PROJECT.');
  if (scope.type === 'GLOBAL') return null;
  const project = site.projects.byIdOrKey(refOf(scope.project, 'id') ?? '');
  if (project === null) throw badRequest('The project of the scope does not exist.');
  return project.id;
}

/** `POST /statuses`: all or none; a name may be used once per scope. */
function createStatuses(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const projectId = scopeProjectId(site, body.scope);
  if (!Array.isArray(body.statuses) || body.statuses.length === 0) throw badRequest('At least one status must be provided.');
  const seen = new Set<string>();
  const statuses: StatusRecord[] = body.statuses.map((raw: unknown) => {
    const entry = isRecord(raw) ? raw : {};
    const name = stringProp(entry, 'name')?.trim() ?? '';
    const category = CATEGORIES.find((candidate) => candidate === entry.statusCategory);
    if (name === '' || name.length > MAX_NAME_LENGTH) throw badRequest(`A status name must be between 1 and ${MAX_NAME_LENGTH} characters long.`);
    if (category === undefined) throw badRequest('The status category must be TODO, IN_PROGRESS or DONE.');
    if (seen.has(name.toLowerCase()) || site.statuses.byName(name, projectId) !== null) {
      throw badRequest(`A status with the name '${name}' already exists.`);
    }
    seen.add(name.toLowerCase());
    return { id: '', name, description: stringProp(entry, 'description') ?? '', category, projectId };
  });
  const saved = site.db.transaction(() =>
    statuses.map((status) => {
      const record = { ...status, id: site.nextId('status') };
      site.statuses.insert(record);
      return record;
    }),
  )();
  return ok(saved.map(jiraStatusJson));
}

function statusesById(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const ids = queryList(req.query, 'id');
  if (ids.length === 0) throw badRequest('At least one status id must be provided.');
  return ok(ids.flatMap((id) => site.statuses.byId(id) ?? []).map(jiraStatusJson));
}

function statusByIdOrName(site: JiraSite, req: JiraRequest) {
  const idOrName = req.params.idOrName ?? '';
  const status = site.statuses.byId(idOrName) ?? site.statuses.byName(idOrName, null);
  if (status === null) throw notFound(`The status with ID or name '${idOrName}' does not exist.`);
  return ok(statusJson(status, req.baseUrl));
}

export const statusRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/statuses/search', handler: (req) => searchStatuses(site, req) },
  { method: 'POST', family: 'api', pattern: '/statuses', handler: (req) => createStatuses(site, req) },
  { method: 'GET', family: 'api', pattern: '/statuses', handler: (req) => statusesById(site, req) },
  { method: 'GET', family: 'api', pattern: '/status', handler: (req) => ok(site.statuses.all().map((status) => statusJson(status, req.baseUrl))) },
  { method: 'GET', family: 'api', pattern: '/status/:idOrName', handler: (req) => statusByIdOrName(site, req) },
];
