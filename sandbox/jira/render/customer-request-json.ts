import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { adfToText, type AdfDocument } from '../fields/adf';
import { REQUEST_TYPE_FIELD } from '../fields/well-known-fields';
import type { IssueRecord } from '../store/issue-store';
import type { UserRecord } from '../store/user-store';
import type { StatusCategory } from '../store/status-store';
import type { CustomerRequestJson } from './jira-models';
import { jiraTimestamp } from './jira-time';
import type { RenderContext } from './render-context';

const REQUEST_CATEGORIES: Readonly<Record<StatusCategory, 'NEW' | 'INDETERMINATE' | 'DONE'>> = {
  TODO: 'NEW',
  IN_PROGRESS: 'INDETERMINATE',
  DONE: 'DONE',
};

/** JSM's date object: the same instant four ways. */
function dateJson(epochMs: number, timeZone: string) {
  const local = new TZDate(epochMs, timeZone);
  return {
    iso8601: format(local, "yyyy-MM-dd'T'HH:mm:ssxx"),
    jira: jiraTimestamp(epochMs, timeZone),
    friendly: format(local, 'dd/MMM/yy h:mm a'),
    epochMillis: epochMs,
  };
}

export function requestUserJson(user: UserRecord, baseUrl: string) {
  return {
    accountId: user.accountId,
    ...(user.email === null ? {} : { emailAddress: user.email }),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    _links: {
      jiraRest: `${baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
      self: `${baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
    },
  };
}

/** A request as `/rest/servicedeskapi/request` returns it. */
export function customerRequestJson(ctx: RenderContext, issue: IssueRecord, serviceDeskId: string) {
  const { site, baseUrl } = ctx;
  const timeZone = ctx.viewer.user.timeZone;
  const reporter = typeof issue.fields.reporter === 'string' ? site.users.byAccountId(issue.fields.reporter) : null;
  const status = site.statuses.byId(String(issue.fields.status));
  const description = issue.fields.description as AdfDocument | null;
  const changedAt = typeof issue.fields.statuscategorychangedate === 'number' ? issue.fields.statuscategorychangedate : issue.created;
  return {
    _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
    issueId: issue.id,
    issueKey: issue.key,
    ...(typeof issue.fields[REQUEST_TYPE_FIELD] === 'string' ? { requestTypeId: issue.fields[REQUEST_TYPE_FIELD] } : {}),
    serviceDeskId,
    createdDate: dateJson(issue.created, timeZone),
    ...(reporter === null ? {} : { reporter: requestUserJson(reporter, baseUrl) }),
    requestFieldValues: [
      { fieldId: 'summary', label: 'Summary', value: String(issue.fields.summary) },
      ...(description === null ? [] : [{ fieldId: 'description', label: 'Description', value: adfToText(description) }]),
    ],
    ...(status === null
      ? {}
      : { currentStatus: { status: status.name, statusCategory: REQUEST_CATEGORIES[status.category], statusDate: dateJson(changedAt, timeZone) } }),
    _links: {
      jiraRest: `${baseUrl}/rest/api/2/issue/${issue.id}`,
      web: `${baseUrl}/servicedesk/customer/portal/${serviceDeskId}/${issue.key}`,
      self: `${baseUrl}/rest/servicedeskapi/request/${issue.id}`,
      agent: `${baseUrl}/browse/${issue.key}`,
    },
  } satisfies CustomerRequestJson;
}
