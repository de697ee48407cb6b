import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { browsableIssue } from '../issues/issue-access';
import type { JiraSite } from '../jira-site';
import { changelogJson } from '../render/changelog-json';
import type { PageChangelogJson } from '../render/jira-models';
import { offsetPage } from '../render/page-json';
import { renderContextOf } from '../render/render-context-of';

const DEFAULT_PAGE_SIZE = 100;

function listChangelog(site: JiraSite, req: JiraRequest) {
  const { issue } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const ctx = renderContextOf(site, req);
  const all = site.history.ofIssue(issue.id).map((changelog) => changelogJson(ctx, changelog));
  return ok(offsetPage(req, `/issue/${issue.key}/changelog`, all, { defaultSize: DEFAULT_PAGE_SIZE, linkQuery: {} }) satisfies PageChangelogJson);
}

export const issueChangelogRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/changelog', handler: (req) => listChangelog(site, req) },
];
