import { objectBody, refOf } from '../http/body-shape';
import { fieldErrors, forbidden, notFound } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import type { JiraSite } from '../jira-site';
import { componentJson } from '../render/catalog-json';
import type { PageProjectJson } from '../render/jira-models';
import { offsetPage } from '../render/page-json';
import { projectComponentJson, projectJson, projectSummaryJson } from '../render/project-json';
import type { ProjectRecord } from '../store/project-store';
import { scalarText } from '../json-value';

const browsableProjects = (site: JiraSite, req: JiraRequest): ProjectRecord[] =>
  site.projects.all().filter((project) => site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS'));

function browsableProject(site: JiraSite, req: JiraRequest): ProjectRecord {
  const idOrKey = req.params.projectIdOrKey ?? '';
  const project = site.projects.byIdOrKey(idOrKey);
  if (project === null || !site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS')) {
    throw notFound(`No project could be found with key '${idOrKey}'.`);
  }
  return project;
}

function searchProjects(site: JiraSite, req: JiraRequest) {
  const query = (req.query.get('query') ?? '').toLowerCase();
  const keys = new Set(queryList(req.query, 'keys').map((key) => key.toUpperCase()));
  const found = browsableProjects(site, req).filter(
    (project) =>
      (keys.size === 0 || keys.has(project.key)) &&
      (query === '' || project.key.toLowerCase().includes(query) || project.name.toLowerCase().includes(query)),
  );
  const values = found.map((project) => projectSummaryJson(project, req.baseUrl));
  return ok(offsetPage(req, '/project/search', values, { linkQuery: {} }) satisfies PageProjectJson);
}

const ASSIGNEE_TYPES = ['PROJECT_DEFAULT', 'COMPONENT_LEAD', 'PROJECT_LEAD', 'UNASSIGNED'] as const;

/** `POST /component`: needs Administer Projects, as in Jira. */
function createComponent(site: JiraSite, req: JiraRequest) {
  const body = objectBody(req.body);
  const project = site.projects.byIdOrKey(typeof body.project === 'string' ? body.project : scalarText(body.projectId ?? ''));
  if (project === null) throw fieldErrors({ project: 'The project is not valid.' });
  if (!site.permissions.hasProject(req.caller, project, 'ADMINISTER_PROJECTS')) {
    throw forbidden('You do not have permission to manage the components of this project.');
  }
  if (typeof body.name !== 'string' || body.name.trim() === '') throw fieldErrors({ name: 'The component name must not be empty.' });
  const name = body.name;
  if (site.projects.components(project.id).some((component) => component.name === name)) {
    throw fieldErrors({ name: `A component with the name ${name} already exists in this project.` });
  }
  const leadAccountId = refOf(body, 'leadAccountId');
  const lead = leadAccountId === null ? null : site.users.byAccountId(leadAccountId);
  if (leadAccountId !== null && lead === null) throw fieldErrors({ leadAccountId: 'The user does not exist.' });
  const assigneeType = ASSIGNEE_TYPES.find((type) => type === body.assigneeType) ?? 'PROJECT_DEFAULT';
  const component = {
    id: site.nextId('component'),
    projectId: project.id,
    name,
    description: typeof body.description === 'string' ? body.description : '',
    leadAccountId: lead?.accountId ?? null,
    assigneeType,
  };
  site.projects.insertComponent(component);
  return created(componentJson(component, project, lead, req.baseUrl));
}

export const projectRoutes = (site: JiraSite): Route[] => [
  {
    method: 'GET',
    family: 'api',
    pattern: '/project',
    handler: (req) => ok(browsableProjects(site, req).map((project) => projectSummaryJson(project, req.baseUrl))),
  },
  { method: 'GET', family: 'api', pattern: '/project/search', handler: (req) => searchProjects(site, req) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/project/:projectIdOrKey',
    handler: (req) => ok(projectJson(site, browsableProject(site, req), req.baseUrl)),
  },
  {
    method: 'GET',
    family: 'api',
    pattern: '/project/:projectIdOrKey/components',
    handler: (req) => {
      const project = browsableProject(site, req);
      return ok(site.projects.components(project.id).map((component) => projectComponentJson(site, component, project, req.baseUrl)));
    },
  },
  { method: 'POST', family: 'api', pattern: '/component', handler: (req) => createComponent(site, req) },
];
