import { STATE_KEYS } from '../host/host-state-store';
import { HttpError } from '../http/http-kit';
import type { Route } from '../http/route-table';
import type { RequestContext, SignedInContext } from '../sandbox-services';
import { createHandlers } from './create-routes';
import { adminPageSite, gadgetLocalId, gadgetSite } from './frame-sites';
import { HomePage } from './home-page';
import { issueHandlers } from './issue-routes';
import { jiraErrorText } from './jira-client';
import { searchView, type IssueRow } from './jira-views';
import { AdminPage, DashboardPage } from './module-pages';
import { OutboxPage } from './outbox-page';
import { portalHandlers } from './portal-routes';
import { queueHandlers } from './queue-routes';
import { SearchPage } from './search-page';
import { bind, jira, ok, page, signedIn, type Args } from './page-kit';

const projectKeys = async (ctx: SignedInContext): Promise<string[]> => {
  const listed = await jira(ctx).get('/rest/api/3/project');
  return Array.isArray(listed.body) ? listed.body.map((p) => String((p as { key?: unknown }).key)) : [];
};

const ISSUE_FIELDS = ['summary', 'status', 'issuetype', 'assignee'];

/** A page of the search's issues, as the viewer, or Jira's error in words. */
const searchIssues = async (ctx: SignedInContext, jql: string, maxResults: number): Promise<{ issues: IssueRow[]; error: string | null }> => {
  const search = await jira(ctx).send('POST', '/rest/api/3/search/jql', { jql, fields: ISSUE_FIELDS, maxResults });
  const parsed = ok(search) ? searchView.safeParse(search.body) : null;
  return parsed?.success ? { issues: parsed.data.issues, error: null } : { issues: [], error: jiraErrorText(search) };
};

const recentIssues = async (ctx: SignedInContext): Promise<{ issues: IssueRow[]; error: string | null }> => {
  const keys = await projectKeys(ctx);
  if (keys.length === 0) return { issues: [], error: null };
  // Jira refuses an unbounded JQL search, so the list names the viewer's projects.
  return searchIssues(ctx, `project in (${keys.join(', ')}) ORDER BY created DESC`, 50);
};

const SEARCH_PAGE = 100;

const issueSearch = async (args: Args): Promise<void> => {
  const { ctx, url } = args;
  const jql = url.searchParams.get('jql') ?? '';
  const { issues, error } = await searchIssues(ctx, jql, SEARCH_PAGE);
  const counted = error === null ? await jira(ctx).send('POST', '/rest/api/3/search/approximate-count', { jql }) : null;
  const count = counted !== null && ok(counted) ? Number((counted.body as { count?: unknown }).count) : null;
  page(args, 'Search', 'issues', <SearchPage jql={jql} issues={issues} count={count} searchError={error} />);
};

const home = async (args: Args): Promise<void> => {
  const { ctx } = args;
  const { issues, error } = await recentIssues(ctx);
  page(
    args,
    'Issues',
    'issues',
    <HomePage
      issues={issues}
      searchError={error}
      schedules={ctx.services.host.schedules()}
      jiraFaults={ctx.services.emulator.faults.get()}
      eventFaults={ctx.services.host.events.faults()}
    />,
  );
};

const moduleOfType = (ctx: SignedInContext, type: string, key?: string) => ctx.services.host.manifest.uiModules.find((m) => m.type === type && (key === undefined || m.key === key));

const dashboard = (args: Args): void => {
  const { ctx, url } = args;
  const module = moduleOfType(ctx, 'jira:dashboardGadget');
  if (!module) throw new HttpError(404, 'The app has no dashboard gadget');
  const configuration = ctx.services.state.read(STATE_KEYS.gadgetConfig(gadgetLocalId(module)));
  const editing = url.searchParams.get('edit') === '1';
  const frame = bind(ctx, module, gadgetSite(module, configuration, editing));
  page(args, 'Dashboard', 'dashboard', <DashboardPage frame={frame} viewer={ctx.viewer} siteUrl={ctx.services.baseUrl()} editing={editing} />);
};

const admin = (args: Args): void => {
  const { ctx, params } = args;
  const module = moduleOfType(ctx, 'jira:adminPage', params[0]);
  if (!module) throw new HttpError(404, `No admin page ${params[0] ?? ''}`);
  const modules = ctx.services.host.manifest.uiModules.filter((m) => m.type === 'jira:adminPage');
  page(args, module.title, 'apps', <AdminPage frame={bind(ctx, module, adminPageSite(module))} modules={modules} viewer={ctx.viewer} siteUrl={ctx.services.baseUrl()} />);
};

const outbox = (args: Args): void => {
  page(args, 'Outbox', 'outbox', <OutboxPage notifications={args.ctx.services.emulator.outbox()} />);
};

/** The host pages: Jira's screens around the app's Custom UI. */
export const pageRoutes: readonly Route<RequestContext>[] = [
  { method: 'GET', path: /^\/$/, handle: signedIn(home) },
  { method: 'GET', path: /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/, handle: signedIn(issueHandlers.issue) },
  { method: 'POST', path: /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/transition$/, handle: signedIn(issueHandlers.transition) },
  { method: 'POST', path: /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/comment$/, handle: signedIn(issueHandlers.comment) },
  { method: 'GET', path: /^\/issues\/?$/, handle: signedIn(issueSearch) },
  { method: 'GET', path: /^\/create$/, handle: signedIn(createHandlers.createForm) },
  { method: 'POST', path: /^\/create$/, handle: signedIn(createHandlers.create) },
  { method: 'GET', path: /^\/dashboard$/, handle: signedIn(dashboard) },
  { method: 'GET', path: /^\/admin(?:\/([\w-]+))?$/, handle: signedIn(admin) },
  { method: 'GET', path: /^\/outbox$/, handle: signedIn(outbox) },
  { method: 'GET', path: /^\/queues$/, handle: signedIn(queueHandlers.firstQueues) },
  // `…/queues/apps/<module key>` is the sandbox's own link; `…/queues/apps/<app id>/<environment id>` is Jira's, which the digest gives.
  { method: 'GET', path: /^\/jira\/servicedesk\/projects\/([A-Z][A-Z0-9_]*)\/queues(?:\/apps\/([\w-]+)(?:\/([\w-]+))?)?$/, handle: signedIn(queueHandlers.queues) },
  { method: 'GET', path: /^\/portal\/?$/, handle: signedIn(portalHandlers.home) },
  { method: 'GET', path: /^\/portal\/create\/(\d+)$/, handle: signedIn(portalHandlers.createForm) },
  { method: 'POST', path: /^\/portal\/create\/(\d+)$/, handle: signedIn(portalHandlers.create) },
  { method: 'GET', path: /^\/portal\/request\/([A-Z][A-Z0-9_]*-\d+)$/, handle: signedIn(portalHandlers.request) },
  { method: 'GET', path: /^\/portal\/profile$/, handle: signedIn(portalHandlers.profile) },
];
