import type { ReactNode } from 'react';
import { z } from 'zod';
import { sendHtml } from '../http/http-kit';
import type { RouteArgs } from '../http/route-table';
import type { RequestContext } from '../sandbox-services';
import { jiraAs, type JiraAnswer, type JiraClient } from './jira-client';
import { renderPage, type NavSection } from './layout';
import type { PickableUser } from './screen-fields';

/** What the host pages' handlers share: Jira's chrome around a page, and Jira's REST as the viewer. */
export type Args = RouteArgs<RequestContext>;

export const page = ({ res, url, ctx }: Args, title: string, section: NavSection | null, content: ReactNode, status = 200): void => {
  const chrome = { title, section, viewer: ctx.viewer, users: ctx.services.emulator.users(), path: url.pathname + url.search, now: ctx.services.clock.now() };
  sendHtml(res, status, renderPage(chrome, content));
};

export const jira = (ctx: RequestContext): JiraClient => jiraAs(ctx.services, ctx.viewer.accountId);
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
