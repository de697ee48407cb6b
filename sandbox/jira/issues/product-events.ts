import type { JiraChangeItem, JiraProductEvent } from '../emulator.types';
import type { JiraSite } from '../jira-site';
import { fieldSelection } from '../render/field-selection';
import { issueJson } from '../render/issue-json';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';

/**
 * The issue's fields that Forge's Jira events reference lists for `created` and `updated` issue
 * events, and no other: custom fields, components and resolution are not in the event, so the app
 * must read them.
 */
const EVENT_FIELDS = ['summary', 'issuetype', 'creator', 'created', 'project', 'reporter', 'assignee', 'updated', 'status'];

/** The documented fields, as the app's own user would read them. */
function eventIssue(site: JiraSite, baseUrl: string, project: ProjectRecord, issue: IssueRecord): JiraProductEvent['issue'] {
  const app = site.users.byAccountId(site.appAccountId);
  if (app === null) throw new Error('The app user is missing from the site');
  const json = issueJson(
    { site, baseUrl, apiVersion: 3, viewer: { user: app, isApp: true } },
    project,
    issue,
    { selection: fieldSelection(EVENT_FIELDS, '*all'), expand: new Set(), properties: [] },
  );
  return { id: issue.id, key: issue.key, fields: json.fields ?? {} };
}

export function createdEvent(
  site: JiraSite,
  baseUrl: string,
  project: ProjectRecord,
  issue: IssueRecord,
  actorAccountId: string,
): JiraProductEvent {
  return {
    eventType: 'avi:jira:created:issue',
    issue: eventIssue(site, baseUrl, project, issue),
    atlassianId: actorAccountId,
    associatedUsers: [{ accountId: actorAccountId }],
    selfGenerated: actorAccountId === site.appAccountId,
  };
}

export function updatedEvent(
  site: JiraSite,
  baseUrl: string,
  project: ProjectRecord,
  issue: IssueRecord,
  actorAccountId: string,
  changelog: { readonly id: string; readonly items: readonly JiraChangeItem[] },
): JiraProductEvent {
  const statusItem = changelog.items.find((item) => item.fieldId === 'status');
  return {
    eventType: 'avi:jira:updated:issue',
    issue: eventIssue(site, baseUrl, project, issue),
    atlassianId: actorAccountId,
    changelog: { id: changelog.id, items: changelog.items },
    ...(statusItem === undefined
      ? {}
      : {
          associatedStatuses: [
            { id: statusItem.from ?? '', name: statusItem.fromString ?? '' },
            { id: statusItem.to ?? '', name: statusItem.toString ?? '' },
          ],
        }),
    selfGenerated: actorAccountId === site.appAccountId,
  };
}
