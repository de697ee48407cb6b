import { idList, objectBody } from '../http/body-shape';
import { badRequest } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { browsableIssue } from '../issues/issue-access';
import type { JiraSite } from '../jira-site';
import { changelogJson } from '../render/changelog-json';
import type { BulkChangelogJson, PageChangelogJson } from '../render/jira-models';
import { offsetPage } from '../render/page-json';
import { renderContextOf } from '../render/render-context-of';
import { decodePageToken, encodePageToken } from '../search/page-token';
import type { ChangelogRecord } from '../store/history-store';

const DEFAULT_PAGE_SIZE = 100;
/** The bulk fetch's documented limits: 1000 issues, 10 field ids, pages of 1000 histories by default and 10,000 at most. */
const BULK_MAX_ISSUES = 1000;
const BULK_MAX_FIELDS = 10;
const BULK_DEFAULT_PAGE = 1000;
const BULK_MAX_PAGE = 10_000;

function listChangelog(site: JiraSite, req: JiraRequest) {
  const { issue } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const ctx = renderContextOf(site, req);
  const all = site.history.ofIssue(issue.id).map((changelog) => changelogJson(ctx, changelog));
  return ok(offsetPage(req, `/issue/${issue.key}/changelog`, all, { defaultSize: DEFAULT_PAGE_SIZE, linkQuery: {} }) satisfies PageChangelogJson);
}

interface BulkRequest {
  readonly issueIdsOrKeys: readonly string[];
  readonly fieldIds: readonly string[] | null;
  readonly maxResults: number;
  readonly nextPageToken: string | null;
}

// Atlassian documents the limits but not the wording of these refusals: the messages are the emulator's own.
function bulkRequestOf(body: unknown): BulkRequest {
  const fields = objectBody(body);
  const issueIdsOrKeys = idList(fields.issueIdsOrKeys);
  if (issueIdsOrKeys === null || issueIdsOrKeys.length === 0) throw badRequest('issueIdsOrKeys must list at least one issue.');
  if (issueIdsOrKeys.length > BULK_MAX_ISSUES) throw badRequest(`issueIdsOrKeys can list at most ${String(BULK_MAX_ISSUES)} issues.`);
  const fieldIds = fields.fieldIds === undefined ? null : idList(fields.fieldIds);
  if (fieldIds !== null && fieldIds.length > BULK_MAX_FIELDS) throw badRequest(`fieldIds can list at most ${String(BULK_MAX_FIELDS)} fields.`);
  const maxResults = fields.maxResults ?? BULK_DEFAULT_PAGE;
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > BULK_MAX_PAGE) {
    throw badRequest(`maxResults must be between 1 and ${String(BULK_MAX_PAGE)}.`);
  }
  return { issueIdsOrKeys, fieldIds, maxResults, nextPageToken: typeof fields.nextPageToken === 'string' ? fields.nextPageToken : null };
}

const byNumber = (a: string, b: string): number => Number(a) - Number(b);

/**
 * `POST /changelog/bulkfetch`: the histories of the issues the caller may browse (others are left
 * out, as the search leaves them out), narrowed to the items of `fieldIds`, oldest first and then
 * by issue id, grouped by issue within each page.
 */
function bulkFetch(site: JiraSite, req: JiraRequest) {
  const request = bulkRequestOf(req.body);
  const wanted = request.fieldIds === null ? null : new Set(request.fieldIds);
  const issueIds = new Set(
    request.issueIdsOrKeys.flatMap((idOrKey) => {
      const issue = site.issues.byIdOrKey(idOrKey);
      const project = issue === null ? null : site.projects.byIdOrKey(issue.projectId);
      return issue !== null && project !== null && site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS', issue) ? [issue.id] : [];
    }),
  );
  const histories: ChangelogRecord[] = [...issueIds]
    .flatMap((id) => site.history.ofIssue(id))
    .map((changelog) => (wanted === null ? changelog : { ...changelog, items: changelog.items.filter((item) => wanted.has(item.fieldId)) }))
    .filter((changelog) => changelog.items.length > 0)
    .sort((a, b) => a.created - b.created || byNumber(a.issueId, b.issueId) || byNumber(a.id, b.id));
  // The token remembers the request, so that it cannot page another one.
  const fingerprint = JSON.stringify({ issues: request.issueIdsOrKeys, fields: request.fieldIds });
  const offset = request.nextPageToken === null ? 0 : decodePageToken(request.nextPageToken, fingerprint);
  const page = histories.slice(offset, offset + request.maxResults);
  const ctx = renderContextOf(site, req);
  const grouped = new Map<string, ReturnType<typeof changelogJson>[]>();
  for (const changelog of page) grouped.set(changelog.issueId, [...(grouped.get(changelog.issueId) ?? []), changelogJson(ctx, changelog)]);
  const more = offset + page.length < histories.length;
  return ok({
    issueChangeLogs: [...grouped].map(([issueId, changeHistories]) => ({ issueId, changeHistories })),
    ...(more ? { nextPageToken: encodePageToken({ offset: offset + page.length, jql: fingerprint }) } : {}),
  } satisfies BulkChangelogJson);
}

export const issueChangelogRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/changelog', handler: (req) => listChangelog(site, req) },
  { method: 'POST', family: 'api', pattern: '/changelog/bulkfetch', handler: (req) => bulkFetch(site, req) },
];
