import { adfToText, type AdfDocument } from '../fields/adf';
import { allFields, type FieldDefinition } from '../fields/field-catalog';
import { ExprCalendarDate, ExprDate, fromJson, JiraObject, type Value } from '../expressions';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import type { StatusRecord } from '../store/status-store';
import type { TransitionRecord, WorkflowRecord } from '../store/workflow-store';
import type { UserRecord } from '../store/user-store';

/*
 * Jira's expression types over the emulator's records. Properties are read lazily, so an
 * expression pays only for what it touches. Custom fields read as in REST v3 (a select option is
 * `{ id, value }`), except dates (CalendarDate), date-times (Date), users (User) and rich text (RichText).
 */

const STATUS_CATEGORY_KEYS = { TODO: 'new', IN_PROGRESS: 'indeterminate', DONE: 'done' } as const;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function userObject(site: JiraSite, user: UserRecord): JiraObject {
  const groups = (): Value => site.users.groupsOf(user.accountId).map((group) => group.name);
  // `groups` is a property (a List of group names), never a method: `user.groups.includes('x')`.
  return new JiraObject('User', {
    accountId: () => user.accountId,
    displayName: () => user.displayName,
    accountType: () => user.accountType,
    timeZone: () => user.timeZone,
    groups,
  });
}

const userById = (site: JiraSite, accountId: string | null): Value => {
  const user = accountId === null ? null : site.users.byAccountId(accountId);
  return user === null ? null : userObject(site, user);
};

export const projectObject = (project: ProjectRecord): JiraObject =>
  new JiraObject('Project', {
    id: () => Number(project.id),
    key: () => project.key,
    name: () => project.name,
    projectTypeKey: () => project.projectTypeKey,
  });

export const statusObject = (status: StatusRecord): JiraObject =>
  new JiraObject('IssueStatus', {
    id: () => Number(status.id),
    name: () => status.name,
    category: () =>
      new JiraObject('StatusCategory', { id: () => status.category, key: () => STATUS_CATEGORY_KEYS[status.category], name: () => status.category }),
  });

const richText = (doc: unknown): Value =>
  doc === null || doc === undefined ? null : new JiraObject('RichText', { plainText: () => adfToText(doc as AdfDocument) });

const named = (id: string | null, name: string | undefined, typeName: 'IssueType' | 'IssuePriority' | 'Resolution' | 'Component'): Value =>
  id === null || name === undefined ? null : new JiraObject(typeName, { id: () => Number(id), name: () => name });

function customFieldValue(site: JiraSite, def: FieldDefinition, value: unknown): Value {
  const option = (id: string): Value => {
    const record = site.customFields.optionById(id);
    return record === null ? null : { id: record.id, value: record.value };
  };
  switch (def.kind) {
    case 'text':
      return richText(value);
    case 'date':
      return text(value) === null ? null : new ExprCalendarDate(String(value));
    case 'datetime':
      return typeof value === 'number' ? new ExprDate(value) : null;
    case 'user':
      return userById(site, text(value));
    case 'users':
      return texts(value).map((accountId) => userById(site, accountId));
    case 'option':
      return text(value) === null ? null : option(String(value));
    case 'options':
      return texts(value).map(option);
    case 'requesttype': {
      const requestType = text(value) === null ? null : site.serviceDesks.requestTypeById(String(value));
      return requestType === null ? null : { requestType: { id: requestType.id, name: requestType.name } };
    }
    default:
      return fromJson(value);
  }
}

/** An issue as `issue` and `originalIssue` show it to an expression. */
export function issueObject(site: JiraSite, project: ProjectRecord, issue: IssueRecord): JiraObject {
  const fields = issue.fields;
  const properties: Record<string, () => Value> = {
    id: () => Number(issue.id),
    key: () => issue.key,
    summary: () => text(fields.summary),
    description: () => richText(fields.description),
    status: () => {
      const status = site.statuses.byId(String(fields.status));
      return status === null ? null : statusObject(status);
    },
    issueType: () => named(text(fields.issuetype), site.catalog.issueTypeById(String(fields.issuetype))?.name, 'IssueType'),
    priority: () => named(text(fields.priority), site.catalog.priorities().find((p) => p.id === fields.priority)?.name, 'IssuePriority'),
    resolution: () => named(text(fields.resolution), site.catalog.resolutions().find((r) => r.id === fields.resolution)?.name, 'Resolution'),
    assignee: () => userById(site, text(fields.assignee)),
    reporter: () => userById(site, text(fields.reporter)),
    creator: () => userById(site, text(fields.creator)),
    project: () => projectObject(project),
    created: () => new ExprDate(issue.created),
    updated: () => new ExprDate(issue.updated),
    dueDate: () => (text(fields.duedate) === null ? null : new ExprCalendarDate(String(fields.duedate))),
    resolutionDate: () => (typeof fields.resolutiondate === 'number' ? new ExprDate(fields.resolutiondate) : null),
    labels: () => texts(fields.labels),
    components: () => texts(fields.components).flatMap((id) => named(id, site.projects.componentById(id)?.name, 'Component') ?? []),
    properties: () => Object.fromEntries(site.properties.keys(issue.id).map((key) => [key, fromJson(site.properties.get(issue.id, key)?.value)])),
  };
  for (const def of allFields(site.customFields.all()).filter((field) => field.custom)) {
    properties[def.id] = () => customFieldValue(site, def, fields[def.id]);
  }
  return new JiraObject('Issue', properties);
}

/** The transition being made, as validators and conditions see it. */
export function transitionObject(site: JiraSite, transition: TransitionRecord, fromStatusId: string): JiraObject {
  const status = (id: string): Value => {
    const record = site.statuses.byId(id);
    return record === null ? null : statusObject(record);
  };
  return new JiraObject('Transition', {
    id: () => Number(transition.id),
    name: () => transition.name,
    from: () => status(fromStatusId),
    to: () => status(transition.toStatusId),
    hasScreen: () => transition.screenId !== null,
  });
}

export const workflowObject = (workflow: WorkflowRecord): JiraObject =>
  new JiraObject('Workflow', { id: () => workflow.id, name: () => workflow.name });
