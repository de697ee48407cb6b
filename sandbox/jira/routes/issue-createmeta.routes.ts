import { allFields } from '../fields/field-catalog';
import { operationScreenId, settableScreenFields, type FieldScope } from '../fields/screen-fields';
import { badRequest } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { requestedPage } from '../http/requested-page';
import type { JiraSite } from '../jira-site';
import { fieldMetadataJson } from '../render/field-metadata-json';
import { issueTypeJson } from '../render/catalog-json';
import type { CreateMetaFieldsJson, CreateMetaIssueTypesJson } from '../render/jira-models';
import type { IssueTypeRecord } from '../store/catalog-store';
import type { ProjectRecord } from '../store/project-store';

const DEFAULT_PAGE_SIZE = 50;

// Atlassian documents only 400 for a request it cannot answer; the wording is the emulator's own.
const noProject = (ref: string): string => `No project could be found with key or id '${ref}', or you may not create issues in it.`;

/** The project, when the caller may create issues in it: Jira gives create metadata to no one else. */
function creatableProject(site: JiraSite, req: JiraRequest): ProjectRecord {
  const ref = req.params.projectIdOrKey ?? '';
  const project = site.projects.byIdOrKey(ref);
  if (project === null || !site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS') || !site.permissions.hasProject(req.caller, project, 'CREATE_ISSUES')) {
    throw badRequest(noProject(ref));
  }
  return project;
}

/** The project's standard issue types, as create metadata lists them (no subtasks: they need a parent). */
const creatableTypes = (site: JiraSite, project: ProjectRecord): IssueTypeRecord[] =>
  site.catalog.issueTypesOfProject(project.id).filter((type) => type.hierarchyLevel >= 0);

function issueTypesRoute(site: JiraSite, req: JiraRequest) {
  const project = creatableProject(site, req);
  // IssueTypeIssueCreateMetadata has no untranslatedName.
  const all = creatableTypes(site, project).map((type) => {
    const { self, id, description, iconUrl, name, subtask, avatarId, hierarchyLevel } = issueTypeJson(type, req.baseUrl);
    return { self, id, description, iconUrl, name, subtask, avatarId, hierarchyLevel };
  });
  const { startAt, maxResults, items } = requestedPage(req, all, DEFAULT_PAGE_SIZE);
  return ok({ maxResults, startAt, total: all.length, issueTypes: items } satisfies CreateMetaIssueTypesJson);
}

/**
 * The fields of the create screen that the screen scheme gives the issue type in the project,
 * after the project and issue type that every create names. Option fields list the enabled
 * options of the context that applies; the app's read-only fields and fields out of their
 * context are left out, as a create could not set them.
 */
function fieldsRoute(site: JiraSite, req: JiraRequest) {
  const project = creatableProject(site, req);
  const issueTypeId = req.params.issueTypeId ?? '';
  if (!creatableTypes(site, project).some((type) => type.id === issueTypeId)) {
    throw badRequest(`The issue type with id '${issueTypeId}' is not one of project ${project.key}'s issue types.`);
  }
  const scope: FieldScope = { project, issueTypeId };
  const named = new Set(['project', 'issuetype']);
  const system = allFields([]).filter((def) => named.has(def.id));
  const onScreen = settableScreenFields(site, operationScreenId(site, scope, 'create'), scope, 'create').filter((def) => !named.has(def.id));
  const all = [...system, ...onScreen].map((def) => ({ fieldId: def.id, ...fieldMetadataJson(site, def, scope, req.baseUrl, 'create') }));
  const { startAt, maxResults, items } = requestedPage(req, all, DEFAULT_PAGE_SIZE);
  return ok({ maxResults, startAt, total: all.length, fields: items } satisfies CreateMetaFieldsJson);
}

export const issueCreateMetaRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/createmeta/:projectIdOrKey/issuetypes', handler: (req) => issueTypesRoute(site, req) },
  { method: 'GET', family: 'api', pattern: '/issue/createmeta/:projectIdOrKey/issuetypes/:issueTypeId', handler: (req) => fieldsRoute(site, req) },
];
