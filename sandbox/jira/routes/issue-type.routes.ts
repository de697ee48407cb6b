import { objectBody, stringProp } from '../http/body-shape';
import { badRequest, fieldErrors, JiraHttpError, notFound } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { issueTypeJson } from '../render/catalog-json';
import type { IssueTypeJson } from '../render/jira-models';

const MAX_NAME_LENGTH = 60;

/** Admins see every type; others the types of the projects they may browse, as Jira answers. */
function listIssueTypes(site: JiraSite, req: JiraRequest) {
  const visible = site.permissions.hasGlobal(req.caller, 'ADMINISTER')
    ? site.catalog.issueTypes()
    : [
        ...new Map(
          site.projects
            .all()
            .filter((project) => site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS'))
            .flatMap((project) => site.catalog.issueTypesOfProject(project.id))
            .map((type) => [type.id, type]),
        ).values(),
      ];
  return ok(visible.map((type) => issueTypeJson(type, req.baseUrl)) satisfies IssueTypeJson[]);
}

function createIssueType(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? '';
  if (name === '') throw fieldErrors({ name: 'The issue type name must not be empty.' });
  if (name.length > MAX_NAME_LENGTH) throw fieldErrors({ name: `The entered text is too long. It cannot be more than ${MAX_NAME_LENGTH} characters.` });
  if (site.catalog.issueTypes().some((type) => type.name.toLowerCase() === name.toLowerCase())) {
    throw new JiraHttpError(409, { errorMessages: [], errors: { name: 'An issue type with this name already exists.' } });
  }
  const level = body.hierarchyLevel ?? (body.type === 'subtask' ? -1 : 0);
  if (level !== 0 && level !== -1) throw badRequest('The hierarchy level must be 0 (standard) or -1 (sub-task).');
  const issueType = {
    id: site.nextId('issuetype'),
    name,
    description: stringProp(body, 'description') ?? '',
    hierarchyLevel: level,
    iconAvatarId: level === -1 ? 10316 : 10318,
  };
  site.db.transaction(() => {
    site.catalog.insertIssueType(issueType);
    // New issue types join the Default Issue Type Scheme, which holds them all.
    site.issueTypeSchemes.append(site.issueTypeSchemes.defaultScheme().id, [issueType.id]);
  })();
  return created(issueTypeJson(issueType, req.baseUrl));
}

function issueTypesOfProject(site: JiraSite, req: JiraRequest) {
  const projectId = req.query.get('projectId') ?? '';
  const project = site.projects.byIdOrKey(projectId);
  if (project === null || !/^\d+$/.test(projectId) || !site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS')) {
    throw notFound('The project is not found or the user does not have permission to view it.');
  }
  const level = req.query.get('level');
  return ok(
    site.catalog
      .issueTypesOfProject(project.id)
      .filter((type) => level === null || String(type.hierarchyLevel) === level)
      .map((type) => issueTypeJson(type, req.baseUrl)),
  );
}

function getIssueType(site: JiraSite, req: JiraRequest) {
  const id = req.params.id ?? '';
  const type = site.catalog.issueTypeById(id);
  if (type === null) throw notFound(`The issue type with ID '${id}' does not exist or you do not have permission to view it.`);
  return ok(issueTypeJson(type, req.baseUrl));
}

export const issueTypeRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issuetype', handler: (req) => listIssueTypes(site, req) },
  { method: 'POST', family: 'api', pattern: '/issuetype', handler: (req) => createIssueType(site, req) },
  { method: 'GET', family: 'api', pattern: '/issuetype/project', handler: (req) => issueTypesOfProject(site, req) },
  { method: 'GET', family: 'api', pattern: '/issuetype/:id', handler: (req) => getIssueType(site, req) },
];
