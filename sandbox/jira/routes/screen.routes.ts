import { objectBody, stringProp } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import { allFields } from '../fields/field-catalog';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { offsetPage } from '../render/page-json';
import type { ScreenRecord, ScreenTabRecord } from '../store/screen-store';

const screenJson = (screen: ScreenRecord) => ({ id: Number(screen.id), name: screen.name, description: screen.description });
const tabJson = (tab: ScreenTabRecord) => ({ id: Number(tab.id), name: tab.name });

function screenOf(site: JiraSite, req: JiraRequest): ScreenRecord {
  requireAdmin(site, req.caller);
  const screen = site.screens.byId(req.params.screenId ?? '');
  if (screen === null) throw notFound(`The screen with ID '${req.params.screenId ?? ''}' was not found.`);
  return screen;
}

function tabOf(site: JiraSite, req: JiraRequest): ScreenTabRecord {
  const screen = screenOf(site, req);
  const tab = site.screens.tabs(screen.id).find((candidate) => candidate.id === req.params.tabId);
  if (tab === undefined) throw notFound(`The screen tab with ID '${req.params.tabId ?? ''}' was not found.`);
  return tab;
}

const fieldName = (site: JiraSite, fieldId: string): string =>
  allFields(site.customFields.all()).find((def) => def.id === fieldId)?.name ?? fieldId;

function listScreens(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const ids = queryList(req.query, 'id');
  const text = (req.query.get('queryString') ?? '').toLowerCase();
  const screens = site.screens
    .all()
    .filter((screen) => ids.length === 0 || ids.includes(screen.id))
    .filter((screen) => text === '' || screen.name.toLowerCase().includes(text));
  return ok(offsetPage(req, '/screens', screens.map(screenJson), { defaultSize: 100 }));
}

/** `POST /screens`: Jira gives a new screen one tab, "Field Tab". */
function createScreen(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? '';
  if (name === '') throw badRequest('The screen name must not be empty.');
  if (site.screens.byName(name) !== null) throw badRequest(`A screen with the name '${name}' already exists.`);
  const screen = { id: site.nextId('screen'), name, description: stringProp(body, 'description') ?? '' };
  site.db.transaction(() => {
    site.screens.insert(screen);
    site.screens.insertTab({ id: site.nextId('screentab'), screenId: screen.id, name: 'Field Tab' });
  })();
  return created(screenJson(screen));
}

function addTab(site: JiraSite, req: JiraRequest) {
  const screen = screenOf(site, req);
  const name = stringProp(objectBody(req.body), 'name')?.trim() ?? '';
  if (name === '') throw badRequest('The tab name must not be empty.');
  if (site.screens.tabs(screen.id).some((tab) => tab.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`A tab with the name '${name}' already exists on the screen.`);
  }
  const tab = { id: site.nextId('screentab'), screenId: screen.id, name };
  site.db.transaction(() => {
    site.screens.insertTab(tab);
  })();
  return ok(tabJson(tab));
}

/** A field may be on a screen once, on one of its tabs. */
function addField(site: JiraSite, req: JiraRequest) {
  const tab = tabOf(site, req);
  const fieldId = stringProp(objectBody(req.body), 'fieldId') ?? '';
  if (!allFields(site.customFields.all()).some((def) => def.id === fieldId)) throw badRequest(`The field with ID '${fieldId}' does not exist.`);
  if (site.screens.fieldIds(tab.screenId).includes(fieldId)) throw badRequest(`The field '${fieldId}' is already on the screen.`);
  site.db.transaction(() => {
    site.screens.addField(tab.id, fieldId);
  })();
  return ok({ id: fieldId, name: fieldName(site, fieldId) });
}

export const screenRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/screens', handler: (req) => listScreens(site, req) },
  { method: 'POST', family: 'api', pattern: '/screens', handler: (req) => createScreen(site, req) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/screens/:screenId/tabs',
    handler: (req) => ok(site.screens.tabs(screenOf(site, req).id).map(tabJson)),
  },
  { method: 'POST', family: 'api', pattern: '/screens/:screenId/tabs', handler: (req) => addTab(site, req) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/screens/:screenId/tabs/:tabId/fields',
    handler: (req) => ok(site.screens.fieldIdsOfTab(tabOf(site, req).id).map((id) => ({ id, name: fieldName(site, id) }))),
  },
  { method: 'POST', family: 'api', pattern: '/screens/:screenId/tabs/:tabId/fields', handler: (req) => addField(site, req) },
];
