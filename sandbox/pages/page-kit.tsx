import type { ReactNode } from 'react';
import { z } from 'zod';
import type { UiModuleDef } from '../host/manifest-model';
import type { FrameSite } from '../host/ui-context';
import { sendHtml } from '../http/http-kit';
import type { RouteArgs } from '../http/route-table';
import { colorModeOf } from '../http/viewer-of';
import type { RequestContext, SignedInContext } from '../sandbox-services';
import type { BoundFrame } from './forge-frame';
import { jiraAs, type JiraAnswer, type JiraClient } from './jira-client';
import { renderPage, type NavSection } from './layout';
import type { PickableUser } from './screen-fields';
import { SignInPage } from './sign-in-page';

/** What the host pages' handlers share: Jira's chrome around a page, and Jira's REST as the signed-in viewer. */
export type Args = RouteArgs<SignedInContext>;

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

export const page = (args: Args, title: string, section: NavSection | null, content: ReactNode, status = 200): void => {
  renderFor(args, title, section, content, status);
};

/**
 * A page for someone signed in. Anyone else gets the log-in page with 401, as Jira shows an
 * anonymous visitor nothing; a form they posted is not carried out.
 */
export const signedIn =
  (handle: (args: Args) => Promise<void> | void) =>
  (args: RouteArgs<RequestContext>): Promise<void> | void => {
    const { ctx, req, url } = args;
    if (ctx.viewer !== null) return handle({ ...args, ctx: { ...ctx, viewer: ctx.viewer } });
    const returnTo = req.method === 'GET' ? url.pathname + url.search : '/';
    renderFor(args, 'Log in', null, <SignInPage users={ctx.services.emulator.users()} returnTo={returnTo} />, 401);
  };

/** Registers a frame for the viewer: its calls will name only the id, never their module or place. */
export const bind = (ctx: SignedInContext, module: UiModuleDef, site: FrameSite): BoundFrame => ({
  module,
  site,
  frameId: ctx.services.frames.issue({ site, accountId: ctx.viewer.accountId }),
});

export const jira = (ctx: SignedInContext): JiraClient => jiraAs(ctx.services, ctx.viewer.accountId);
export const ok = (answer: JiraAnswer): boolean => answer.status >= 200 && answer.status < 300;
export const issuePath = (key: string): string => `/rest/api/3/issue/${encodeURIComponent(key)}`;

const people = z.array(z.object({ accountId: z.string(), displayName: z.string(), accountType: z.string().optional(), active: z.boolean().optional() }).loose());

/**
 * The people a user picker offers the viewer: the active Atlassian accounts that Jira lets them
 * browse. Empty without Browse users and groups, and the picker then takes an account id.
 */
export const pickableUsers = async (client: JiraClient): Promise<PickableUser[]> => {
  const answer = await client.get('/rest/api/3/users/search?maxResults=100');
  const parsed = ok(answer) ? people.safeParse(answer.body) : null;
  if (!parsed?.success) return [];
  return parsed.data.filter((user) => user.accountType === 'atlassian' && user.active !== false).map(({ accountId, displayName }) => ({ accountId, displayName }));
};
