import { adfToText, type AdfDocument } from '../fields/adf';
import type { FieldDefinition } from '../fields/field-catalog';
import type { IssueRecord } from '../store/issue-store';
import { componentRefJson, issueTypeJson, priorityJson, projectRefJson, resolutionJson, statusJson } from './catalog-json';
import { commentJson, visibleComments } from './comment-json';
import { issueLinksJson } from './issue-link-json';
import { jiraTimestamp } from './jira-time';
import type { RenderContext } from './render-context';
import { requestTypeRefJson } from './request-type-json';
import { userJson } from './user-json';

const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Timestamps that live in columns rather than in the stored fields. */
function storedValue(def: FieldDefinition, issue: IssueRecord): unknown {
  if (def.id === 'created') return issue.created;
  if (def.id === 'updated') return issue.updated;
  if (def.id === 'project') return issue.projectId;
  return issue.fields[def.id];
}

/** One field of an issue in Jira's response shape; null when the field has no value. */
export function fieldValueJson(ctx: RenderContext, def: FieldDefinition, issue: IssueRecord): unknown {
  const { site, baseUrl } = ctx;
  const value = storedValue(def, issue);
  const user = (accountId: string) => {
    const record = site.users.byAccountId(accountId);
    return record === null ? null : userJson(record, baseUrl);
  };
  const option = (id: string) => {
    const record = site.customFields.optionById(id);
    return record === null ? null : { self: `${baseUrl}/rest/api/3/customFieldOption/${id}`, value: record.value, id };
  };
  switch (def.kind) {
    case 'string':
    case 'number':
    case 'date':
      return value ?? null;
    case 'text':
      if (value === null || value === undefined) return null;
      return ctx.apiVersion === 3 ? value : adfToText(value as AdfDocument);
    case 'datetime':
      return typeof value === 'number' ? jiraTimestamp(value, ctx.viewer.user.timeZone) : null;
    case 'user': {
      const accountId = asString(value);
      return accountId === null ? null : user(accountId);
    }
    case 'users':
      return asStrings(value).flatMap((accountId) => user(accountId) ?? []);
    case 'option': {
      const id = asString(value);
      return id === null ? null : option(id);
    }
    case 'options':
      return asStrings(value).flatMap((id) => option(id) ?? []);
    case 'labels':
      return asStrings(value);
    case 'components':
      return asStrings(value).flatMap((id) => {
        const component = site.projects.componentById(id);
        return component === null ? [] : [componentRefJson(component, baseUrl)];
      });
    case 'priority': {
      const priority = site.catalog.priorities().find((candidate) => candidate.id === value);
      return priority === undefined ? null : priorityJson(priority, baseUrl);
    }
    case 'resolution': {
      const resolution = site.catalog.resolutions().find((candidate) => candidate.id === value);
      return resolution === undefined ? null : resolutionJson(resolution, baseUrl);
    }
    case 'issuetype': {
      const issueType = site.catalog.issueTypeById(String(value));
      return issueType === null ? null : issueTypeJson(issueType, baseUrl);
    }
    case 'status': {
      const status = site.statuses.byId(String(value));
      return status === null ? null : statusJson(status, baseUrl);
    }
    case 'project': {
      const project = site.projects.byIdOrKey(issue.projectId);
      return project === null ? null : projectRefJson(project, baseUrl);
    }
    case 'requesttype': {
      const requestType = asString(value) === null ? null : site.serviceDesks.requestTypeById(String(value));
      return requestType === null ? null : requestTypeRefJson(requestType, baseUrl);
    }
    case 'issuelinks':
      return issueLinksJson(ctx, issue);
    case 'comment': {
      const comments = visibleComments(ctx, issue).map((comment) => commentJson(ctx, issue, comment));
      return {
        comments,
        self: `${baseUrl}/rest/api/${ctx.apiVersion}/issue/${issue.id}/comment`,
        maxResults: comments.length,
        total: comments.length,
        startAt: 0,
      };
    }
  }
}
