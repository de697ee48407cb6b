import * as z from 'zod';
import { redirect } from '../http/http-kit';
import type { SignedInContext } from '../sandbox-services';
import type { UiModuleDef } from '../host/manifest-model';
import { SANDBOX_SITE } from '../host/forge-runtime';
import { forgeRunsFor, queuePageSite, queuesPath } from './frame-sites';
import { MessagePage, QueuesPage } from './module-pages';
import { bind, jira, ok, page, type Args } from './page-kit';

const project = z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() }).loose();
const agentAnswer = z.object({ permissions: z.object({ SERVICEDESK_AGENT: z.object({ havePermission: z.boolean() }).loose() }).loose() }).loose();

const queuePages = (ctx: SignedInContext) => ctx.services.host.manifest.uiModules.filter((m) => m.type === 'jiraServiceManagement:queuePage');

/** The service project as the viewer sees it, or null when Jira shows them none by that key. */
const serviceProject = async (ctx: SignedInContext, key: string) => {
  const answer = await jira(ctx).get(`/rest/api/3/project/${encodeURIComponent(key)}`);
  const parsed = ok(answer) ? project.safeParse(answer.body) : null;
  return parsed?.success && parsed.data.projectTypeKey === 'service_desk' ? parsed.data : null;
};

/**
 * JSM shows a service project's queues, and the apps listed under them, to its agents only;
 * the queue page module supports no customer or unlicensed account. The narrower reading:
 * an agent of this very project (Service Project Agent), as Jira answers the viewer.
 */
const isAgentOf = async (ctx: SignedInContext, key: string): Promise<boolean> => {
  const answer = await jira(ctx).get(`/rest/api/3/mypermissions?projectKey=${encodeURIComponent(key)}&permissions=SERVICEDESK_AGENT`);
  const parsed = ok(answer) ? agentAnswer.safeParse(answer.body) : null;
  return parsed?.success === true && parsed.data.permissions.SERVICEDESK_AGENT.havePermission;
};

type Place =
  | { readonly refusal: string; readonly status: number }
  | { readonly frame: ReturnType<typeof bind>; readonly modules: readonly UiModuleDef[]; readonly projectKey: string };

/** The queue page `moduleKey` (the first, when none is named) of service project `key`, if the viewer may open it. */
const placeOf = async (ctx: SignedInContext, key: string, moduleKey: string | undefined): Promise<Place> => {
  const found = await serviceProject(ctx, key);
  if (found === null) return { refusal: `There is no service project ${key} that you can see.`, status: 404 };
  const modules = queuePages(ctx);
  const module = modules.find((m) => m.key === moduleKey) ?? (moduleKey === undefined ? modules[0] : undefined);
  if (module === undefined) return { refusal: 'The app has no such queue page.', status: 404 };
  // The module lists no unlicensedAccess (its schema allows none), so Forge never runs it for a customer.
  if (!forgeRunsFor(module, ctx.viewer.user.accountType) || !(await isAgentOf(ctx, key))) {
    return { refusal: 'Only agents of this service project can see its queues.', status: 403 };
  }
  return { frame: bind(ctx, module, queuePageSite(module, { id: found.id, key: found.key, type: 'service_desk' })), modules, projectKey: found.key };
};

const refuse = (args: Args, message: string, status: number): void => {
  page(args, 'Queues', 'queues', <MessagePage title="Queues" message={message} />, status);
};

/**
 * The queue page a path names: by module key (the sandbox's links), or by Jira's app and
 * environment ids (the app's first queue page; any other ids name nothing here).
 */
const moduleKeyOf = (ctx: SignedInContext, named: string | undefined, environmentId: string | undefined): string | undefined | null => {
  if (environmentId === undefined) return named;
  const appId = ctx.services.host.manifest.appId.split('/').pop();
  return named === appId && environmentId === SANDBOX_SITE.environmentId ? undefined : null;
};

/** A service project's Queues, with the app's queue pages under Apps in their navigation. */
const queues = async (args: Args): Promise<void> => {
  const { ctx, params } = args;
  const moduleKey = moduleKeyOf(ctx, params[1], params[2]);
  if (moduleKey === null) {
    refuse(args, 'The app has no such queue page.', 404);
    return;
  }
  const place = await placeOf(ctx, params[0] ?? '', moduleKey);
  if ('refusal' in place) {
    refuse(args, place.refusal, place.status);
    return;
  }
  const { frame, modules, projectKey } = place;
  page(args, frame.module.title, 'queues', <QueuesPage frame={frame} modules={modules} projectKey={projectKey} viewer={ctx.viewer} siteUrl={ctx.services.baseUrl()} />);
};

/** The top navigation's Queues: the first service project the viewer may see. */
const firstQueues = async (args: Args): Promise<void> => {
  const listed = await jira(args.ctx).get('/rest/api/3/project');
  const first = (Array.isArray(listed.body) ? listed.body : []).map((p) => project.safeParse(p).data).find((p) => p?.projectTypeKey === 'service_desk');
  if (first === undefined) {
    refuse(args, 'You can see no service project.', 404);
    return;
  }
  redirect(args.res, queuesPath(first.key));
};

export const queueHandlers = { queues, firstQueues };
