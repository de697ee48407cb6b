import type { ReactNode } from 'react';
import { STATE_KEYS } from '../host/host-state-store';
import type { UiModuleDef } from '../host/manifest-model';
import type { FrameSite } from '../host/ui-context';
import { HttpError, readForm, redirect, sendHtml } from '../http/http-kit';
import type { Route, RouteArgs } from '../http/route-table';
import { colorModeOf } from '../http/viewer-of';
import { textToAdf } from '../jira/fields/adf';
import type { RequestContext, SignedInContext } from '../sandbox-services';
import { CreatePage } from './create-page';
import type { BoundFrame } from './forge-frame';
import { adminPageSite, gadgetLocalId, gadgetSite, issuePanelSite } from './frame-sites';
import { HomePage } from './home-page';
import { IssuePage } from './issue-page';
import { jiraAs, jiraErrorText, type JiraAnswer } from './jira-client';
import { commentsView, issueView, projectView, searchView, transitionsView, type IssueRow } from './jira-views';
import { renderPage, type NavSection } from './layout';
import { AdminPage, DashboardPage, MessagePage } from './module-pages';
import { OutboxPage } from './outbox-page';
import { SignInPage } from './sign-in-page';

type Args = RouteArgs<SignedInContext>;

const renderFor = ({ req, res, url, ctx }: RouteArgs<RequestContext>, title: string, section: NavSection | null, content: ReactNode, status: number): void => {
  const chrome = {
    title,
    section,
    viewer: ctx.viewer,
    colorMode: colorModeOf(req),
    users: ctx.services.emulator.users(),
    path: url.pathname + url.search,
    now: ctx.services.clock.now(),
    seeding: ctx.services.seeding(),
  };
  sendHtml(res, status, renderPage(chrome, content));
};

const page = (args: Args, title: string, section: NavSection | null, content: ReactNode, status = 200): void => {
  renderFor(args, title, section, content, status);
};

/**
 * A page for someone signed in. Anyone else gets the log-in page with 401, as Jira shows an
 * anonymous visitor nothing; a form they posted is not carried out.
 */
const signedIn =
  (handle: (args: Args) => Promise<void> | void) =>
  (args: RouteArgs<RequestContext>): Promise<void> | void => {
    const { ctx, req, url } = args;
    if (ctx.viewer !== null) return handle({ ...args, ctx: { ...ctx, viewer: ctx.viewer } });
    const returnTo = req.method === 'GET' ? url.pathname + url.search : '/';
    renderFor(args, 'Log in', null, <SignInPage users={ctx.services.emulator.users()} returnTo={returnTo} />, 401);
  };

/** Registers a frame for the viewer: its calls will name only the id, never their module or place. */
const bind = (ctx: SignedInContext, module: UiModuleDef, site: FrameSite): BoundFrame => ({
  module,
  site,
  frameId: ctx.services.frames.issue({ site, accountId: ctx.viewer.accountId }),
});

const jira = (ctx: SignedInContext) => jiraAs(ctx.services, ctx.viewer.accountId);
const ok = (answer: JiraAnswer): boolean => answer.status >= 200 && answer.status < 300;
const issuePath = (key: string) => `/rest/api/3/issue/${encodeURIComponent(key)}`;
const backToIssue = (key: string, error: string | null) => `/browse/${encodeURIComponent(key)}${error === null ? '' : `?error=${encodeURIComponent(error)}`}`;

const projectKeys = async (ctx: SignedInContext): Promise<string[]> => {
  const listed = await jira(ctx).get('/rest/api/3/project');
  return Array.isArray(listed.body) ? listed.body.map((p) => String((p as { key?: unknown }).key)) : [];
};

const recentIssues = async (ctx: SignedInContext): Promise<{ issues: IssueRow[]; error: string | null }> => {
  const keys = await projectKeys(ctx);
  if (keys.length === 0) return { issues: [], error: null };
  // Jira refuses an unbounded JQL search, so the list names the viewer's projects.
  const search = await jira(ctx).send('POST', '/rest/api/3/search/jql', {
    jql: `project in (${keys.join(', ')}) ORDER BY created DESC`,
    fields: ['summary', 'status', 'issuetype', 'assignee'],
    maxResults: 50,
  });
  const parsed = ok(search) ? searchView.safeParse(search.body) : null;
  return parsed?.success ? { issues: parsed.data.issues, error: null } : { issues: [], error: jiraErrorText(search) };
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

const issue = async (args: Args): Promise<void> => {
  const { ctx, params, url } = args;
  const key = params[0] ?? '';
  const client = jira(ctx);
  const [issueAnswer, transitionsAnswer, commentsAnswer] = await Promise.all([
    client.get(`${issuePath(key)}?expand=names`),
    client.get(`${issuePath(key)}/transitions`),
    client.get(`${issuePath(key)}/comment`),
  ]);
  if (!ok(issueAnswer)) {
    page(args, key, 'issues', <MessagePage title={`${key} is not available`} message={jiraErrorText(issueAnswer)} />, issueAnswer.status);
    return;
  }
  const view = issueView.parse(issueAnswer.body);
  const panels = ctx.services.host.manifest.uiModules.filter((m) => m.type === 'jira:issuePanel' && (m.issueType === null || m.issueType === view.fields.issuetype.name));
  page(
    args,
    `[${view.key}] ${view.fields.summary}`,
    'issues',
    <IssuePage
      issue={view}
      transitions={ok(transitionsAnswer) ? transitionsView.parse(transitionsAnswer.body).transitions : []}
      comments={ok(commentsAnswer) ? commentsView.parse(commentsAnswer.body).comments : []}
      panels={panels.map((module) => bind(ctx, module, issuePanelSite(module, view)))}
      viewer={ctx.viewer}
      siteUrl={ctx.services.baseUrl()}
      error={url.searchParams.get('error')}
    />,
  );
};

const transition = async ({ req, res, ctx, params }: Args): Promise<void> => {
  const key = params[0] ?? '';
  const form = await readForm(req);
  const answer = await jira(ctx).send('POST', `${issuePath(key)}/transitions`, { transition: { id: form.get('transitionId') ?? '' } });
  await ctx.services.settle();
  redirect(res, backToIssue(key, ok(answer) ? null : jiraErrorText(answer)));
};

const comment = async ({ req, res, ctx, params }: Args): Promise<void> => {
  const key = params[0] ?? '';
  const body = (await readForm(req)).get('body')?.trim() ?? '';
  const answer = body === '' ? null : await jira(ctx).send('POST', `${issuePath(key)}/comment`, { body: textToAdf(body) });
  redirect(res, backToIssue(key, answer === null || ok(answer) ? null : jiraErrorText(answer)));
};

const projects = async (ctx: SignedInContext) => {
  const details = await Promise.all((await projectKeys(ctx)).map((key) => jira(ctx).get(`/rest/api/3/project/${encodeURIComponent(key)}`)));
  return details.filter(ok).map((d) => projectView.parse(d.body));
};

const createForm = async (args: Args): Promise<void> => {
  page(args, 'Create issue', 'create', <CreatePage projects={await projects(args.ctx)} values={{}} error={null} />);
};

const create = async (args: Args): Promise<void> => {
  const { req, res, ctx } = args;
  const form = await readForm(req);
  const [projectKey = '', issueTypeId = ''] = (form.get('issuetype') ?? '').split(':');
  const component = form.get('component') ?? '';
  const description = form.get('description')?.trim() ?? '';
  const answer = await jira(ctx).send('POST', '/rest/api/3/issue', {
    fields: {
      project: { key: projectKey },
      issuetype: { id: issueTypeId },
      summary: form.get('summary') ?? '',
      ...(description === '' ? {} : { description: textToAdf(description) }),
      ...(component === '' ? {} : { components: [{ id: component }] }),
    },
  });
  if (ok(answer)) {
    await ctx.services.settle();
    redirect(res, `/browse/${encodeURIComponent(String((answer.body as { key?: unknown }).key))}`);
    return;
  }
  page(args, 'Create issue', 'create', <CreatePage projects={await projects(ctx)} values={Object.fromEntries(form)} error={jiraErrorText(answer)} />, answer.status);
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
  { method: 'GET', path: /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/, handle: signedIn(issue) },
  { method: 'POST', path: /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/transition$/, handle: signedIn(transition) },
  { method: 'POST', path: /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/comment$/, handle: signedIn(comment) },
  { method: 'GET', path: /^\/create$/, handle: signedIn(createForm) },
  { method: 'POST', path: /^\/create$/, handle: signedIn(create) },
  { method: 'GET', path: /^\/dashboard$/, handle: signedIn(dashboard) },
  { method: 'GET', path: /^\/admin(?:\/([\w-]+))?$/, handle: signedIn(admin) },
  { method: 'GET', path: /^\/outbox$/, handle: signedIn(outbox) },
];
