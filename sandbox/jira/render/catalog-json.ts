import type { IssueTypeRecord, PriorityRecord, ResolutionRecord } from '../store/catalog-store';
import type { ComponentRecord, ProjectRecord } from '../store/project-store';
import type { StatusCategory, StatusRecord } from '../store/status-store';
import type { UserRecord } from '../store/user-store';
import type { IssueTypeJson, PriorityJson, ProjectComponentJson, ResolutionJson, StatusJson } from './jira-models';
import { userJson } from './user-json';

const projectAvatarUrls = (baseUrl: string, projectId: string) => {
  const url = (size: string): string => `${baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/${projectId}?size=${size}`;
  return { '16x16': url('xsmall'), '24x24': url('small'), '32x32': url('medium'), '48x48': url('large') };
};

/** The short project reference embedded in issues and components. */
export const projectRefJson = (project: ProjectRecord, baseUrl: string) => ({
  self: `${baseUrl}/rest/api/3/project/${project.id}`,
  id: project.id,
  key: project.key,
  name: project.name,
  projectTypeKey: project.projectTypeKey,
  simplified: false,
  avatarUrls: projectAvatarUrls(baseUrl, project.id),
});

export const issueTypeJson = (issueType: IssueTypeRecord, baseUrl: string) =>
  ({
    self: `${baseUrl}/rest/api/3/issuetype/${issueType.id}`,
    id: issueType.id,
    description: issueType.description,
    iconUrl: `${baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${issueType.iconAvatarId}?size=medium`,
    name: issueType.name,
    untranslatedName: issueType.name,
    subtask: issueType.hierarchyLevel < 0,
    avatarId: issueType.iconAvatarId,
    hierarchyLevel: issueType.hierarchyLevel,
  }) satisfies IssueTypeJson;

/** Jira's fixed status categories: id, key and colour per category. */
const STATUS_CATEGORIES: Readonly<Record<StatusCategory, { id: number; key: string; colorName: string; name: string }>> = {
  TODO: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  IN_PROGRESS: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  DONE: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

export const statusCategoryJson = (category: StatusCategory, baseUrl: string) => {
  const details = STATUS_CATEGORIES[category];
  return { self: `${baseUrl}/rest/api/3/statuscategory/${details.id}`, ...details };
};

export const statusJson = (status: StatusRecord, baseUrl: string) =>
  ({
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: status.description,
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    untranslatedName: status.name,
    id: status.id,
    statusCategory: statusCategoryJson(status.category, baseUrl),
  }) satisfies StatusJson;

export const priorityJson = (priority: PriorityRecord, baseUrl: string) =>
  ({
    self: `${baseUrl}/rest/api/3/priority/${priority.id}`,
    iconUrl: `${baseUrl}/images/icons/priorities/${priority.iconName}.svg`,
    name: priority.name,
    id: priority.id,
  }) satisfies PriorityJson;

export const resolutionJson = (resolution: ResolutionRecord, baseUrl: string) =>
  ({
    self: `${baseUrl}/rest/api/3/resolution/${resolution.id}`,
    id: resolution.id,
    description: resolution.description,
    name: resolution.name,
  }) satisfies ResolutionJson;

export const componentJson = (
  component: ComponentRecord,
  project: ProjectRecord,
  lead: UserRecord | null,
  baseUrl: string,
) =>
  ({
    self: `${baseUrl}/rest/api/3/component/${component.id}`,
    id: component.id,
    name: component.name,
    description: component.description,
    ...(lead === null ? {} : { lead: userJson(lead, baseUrl), leadAccountId: lead.accountId }),
    assigneeType: component.assigneeType,
    realAssigneeType: 'UNASSIGNED',
    isAssigneeTypeValid: true,
    project: project.key,
    projectId: Number(project.id),
  }) satisfies ProjectComponentJson;

/** The short component reference embedded in an issue's `components` field. */
export const componentRefJson = (component: ComponentRecord, baseUrl: string) => ({
  self: `${baseUrl}/rest/api/3/component/${component.id}`,
  id: component.id,
  name: component.name,
  description: component.description,
});
