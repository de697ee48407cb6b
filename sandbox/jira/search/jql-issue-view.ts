import { adfToText, type AdfDocument } from '../fields/adf';
import { customFieldDefinition, type FieldDefinition } from '../fields/field-catalog';
import type { JiraSite } from '../jira-site';
import type { JqlIssueView } from '../jql';
import type { IssueRecord } from '../store/issue-store';
import type { StatusCategory } from '../store/status-store';
import { scalarText } from '../json-value';

const CATEGORY_KEYS: Readonly<Record<StatusCategory, JqlIssueView['statusCategoryKey']>> = {
  TODO: 'new',
  IN_PROGRESS: 'indeterminate',
  DONE: 'done',
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A custom field's stored value in the shapes the JQL evaluator searches by. */
function searchableValue(site: JiraSite, def: FieldDefinition, stored: unknown): unknown {
  if (stored === null || stored === undefined) return null;
  const option = (id: string) => ({ id, value: site.customFields.optionById(id)?.value ?? id });
  switch (def.kind) {
    case 'option':
      return option(scalarText(stored));
    case 'options':
      return strings(stored).map(option);
    case 'user':
      return { accountId: scalarText(stored) };
    case 'users':
      return strings(stored).map((accountId) => ({ accountId }));
    case 'text':
      return adfToText(stored as AdfDocument);
    case 'datetime':
      return new Date(Number(stored)).toISOString();
    case 'requesttype': {
      const requestType = site.serviceDesks.requestTypeById(scalarText(stored));
      return requestType === null ? null : { id: requestType.id, value: requestType.name };
    }
    default:
      return stored;
  }
}

/** Maps a stored issue onto what the JQL evaluator reads; null for an issue whose project is gone. */
export function jqlIssueView(site: JiraSite, issue: IssueRecord): JqlIssueView | null {
  const project = site.projects.byIdOrKey(issue.projectId);
  const status = site.statuses.byId(String(issue.fields.status));
  const issueType = site.catalog.issueTypeById(String(issue.fields.issuetype));
  if (project === null || status === null || issueType === null) return null;
  const resolution = site.catalog.resolutions().find((candidate) => candidate.id === issue.fields.resolution);
  const customFields: Record<string, unknown> = {};
  for (const field of site.customFields.all()) {
    customFields[field.id] = searchableValue(site, customFieldDefinition(field), issue.fields[field.id]);
  }
  return {
    id: issue.id,
    key: issue.key,
    projectKey: project.key,
    projectId: project.id,
    projectName: project.name,
    issueTypeName: issueType.name,
    issueTypeId: issueType.id,
    statusName: status.name,
    statusId: status.id,
    statusCategoryKey: CATEGORY_KEYS[status.category],
    assigneeAccountId: typeof issue.fields.assignee === 'string' ? issue.fields.assignee : null,
    reporterAccountId: typeof issue.fields.reporter === 'string' ? issue.fields.reporter : null,
    resolutionName: resolution?.name ?? null,
    created: issue.created,
    updated: issue.updated,
    resolved: typeof issue.fields.resolutiondate === 'number' ? issue.fields.resolutiondate : null,
    labels: strings(issue.fields.labels),
    components: strings(issue.fields.components).flatMap((id) => site.projects.componentById(id)?.name ?? []),
    customFields,
  };
}
