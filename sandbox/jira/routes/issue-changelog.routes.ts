import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryInt } from '../http/query-params';
import { browsableIssue } from '../issues/issue-access';
import type { JiraSite } from '../jira-site';
import { changelogJson } from '../render/changelog-json';
import type { PageChangelogJson } from '../render/jira-models';
import { renderContextOf } from '../render/render-context-of';

const DEFAULT_PAGE_SIZE = 100;

function listChangelog(site: JiraSite, req: JiraRequest) {
  const { issue } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const startAt = queryInt(req.query, 'startAt', 0);
  const maxResults = queryInt(req.query, 'maxResults', DEFAULT_PAGE_SIZE);
  const all = site.history.ofIssue(issue.id);
  const isLast = startAt + maxResults >= all.length;
  const self = `${req.baseUrl}/rest/api/3/issue/${issue.key}/changelog`;
  const ctx = renderContextOf(site, req);
  return ok({
    self: `${self}?startAt=${startAt}&maxResults=${maxResults}`,
    ...(isLast ? {} : { nextPage: `${self}?startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: all.slice(startAt, startAt + maxResults).map((changelog) => changelogJson(ctx, changelog)),
  } satisfies PageChangelogJson);
}

export const issueChangelogRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/changelog', handler: (req) => listChangelog(site, req) },
];
