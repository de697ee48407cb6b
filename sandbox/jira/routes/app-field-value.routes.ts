import { isRecord, scalarText } from '../json-value';
import { idList, objectBody } from '../http/body-shape';
import { badRequest, forbidden, notFound } from '../http/jira-error';
import { noContent, type JiraRequest, type Route } from '../http/jira-request';
import { customFieldDefinition } from '../fields/field-catalog';
import { parseFieldInput } from '../fields/field-input';
import { updateIssue } from '../issues/issue-writer';
import { inWriteUnit } from '../issues/write-unit';
import type { JiraSite } from '../jira-site';
import type { CustomFieldRecord } from '../store/custom-field-store';

interface ValueUpdate {
  readonly field: CustomFieldRecord;
  readonly issueIds: readonly string[];
  readonly value: unknown;
}

/** The app's own Forge field, by id or key; other callers and other fields are refused, as Jira does. */
function appFieldOf(site: JiraSite, req: JiraRequest, fieldIdOrKey: string): CustomFieldRecord {
  if (!req.caller.isApp) throw forbidden('Only the app that provides the custom field can set its value.');
  const field = site.customFields.byId(fieldIdOrKey) ?? site.customFields.all().find((candidate) => candidate.typeKey === fieldIdOrKey) ?? null;
  if (field === null) throw notFound(`The custom field '${fieldIdOrKey}' was not found.`);
  if (field.valueType === null) throw forbidden('Only the app that provides the custom field can set its value.');
  return field;
}

function updatesOf(raw: unknown, fieldOf: (entry: Readonly<Record<string, unknown>>) => CustomFieldRecord): ValueUpdate[] {
  if (!Array.isArray(raw) || raw.length === 0) throw badRequest('updates must be provided.');
  return raw.map((item: unknown) => {
    const entry = isRecord(item) ? item : {};
    const issueIds = idList(entry.issueIds);
    if (issueIds === null || issueIds.length === 0) throw badRequest('issueIds must be provided.');
    return { field: fieldOf(entry), issueIds, value: entry.value ?? null };
  });
}

/** Writes each value with a changelog entry and an issue event, as the app field value API does by default. */
function apply(site: JiraSite, req: JiraRequest, updates: readonly ValueUpdate[]) {
  inWriteUnit(site, req.baseUrl, req.caller, (unit) => {
    for (const update of updates) {
      const def = customFieldDefinition(update.field);
      for (const issueId of update.issueIds) {
        const issue = site.issues.byIdOrKey(issueId);
        const project = issue === null ? null : site.projects.byIdOrKey(issue.projectId);
        if (issue === null || project === null) throw notFound(`The issue with ID '${issueId}' was not found.`);
        const parsed = parseFieldInput(def, update.value, { site, apiVersion: 3, project, issueTypeId: String(issue.fields.issuetype) });
        if (!parsed.ok) throw badRequest(`${update.field.name}: ${parsed.message}`);
        updateIssue(unit, project, site.issues.byIdOrKey(issueId) ?? issue, { [def.id]: parsed.value });
      }
    }
  });
  return noContent();
}

export const appFieldValueRoutes = (site: JiraSite): Route[] => [
  {
    method: 'PUT',
    family: 'api',
    pattern: '/app/field/:fieldIdOrKey/value',
    handler: (req) => {
      const field = appFieldOf(site, req, req.params.fieldIdOrKey ?? '');
      return apply(site, req, updatesOf(objectBody(req.body).updates, () => field));
    },
  },
  {
    method: 'POST',
    family: 'api',
    pattern: '/app/field/value',
    handler: (req) => apply(site, req, updatesOf(objectBody(req.body).updates, (entry) => appFieldOf(site, req, scalarText(entry.customField)))),
  },
];
