import type { JiraSite } from '../jira-site';
import type { ComponentRecord, ProjectRecord } from '../store/project-store';
import { componentJson, issueTypeJson, projectRefJson } from './catalog-json';
import type { ProjectJson } from './jira-models';
import { userJson } from './user-json';

/** A project as the project lists show it. */
export const projectSummaryJson = (project: ProjectRecord, baseUrl: string) =>
  ({
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRefJson(project, baseUrl),
    style: 'classic',
    isPrivate: false,
    properties: {},
  }) satisfies ProjectJson;

/** A component with its lead looked up. */
export const projectComponentJson = (site: JiraSite, component: ComponentRecord, project: ProjectRecord, baseUrl: string) =>
  componentJson(
    component,
    project,
    component.leadAccountId === null ? null : site.users.byAccountId(component.leadAccountId),
    baseUrl,
  );

/** A project as `GET /project/{key}` returns it, with its lead, components and issue types. */
export function projectJson(site: JiraSite, project: ProjectRecord, baseUrl: string) {
  const lead = site.users.byAccountId(project.leadAccountId);
  return {
    ...projectSummaryJson(project, baseUrl),
    description: project.description,
    ...(lead === null ? {} : { lead: userJson(lead, baseUrl) }),
    components: site.projects.components(project.id).map((component) => projectComponentJson(site, component, project, baseUrl)),
    issueTypes: site.catalog.issueTypesOfProject(project.id).map((issueType) => issueTypeJson(issueType, baseUrl)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    roles: {},
  } satisfies ProjectJson;
}
