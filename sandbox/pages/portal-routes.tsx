import { readForm, redirect } from '../http/http-kit';
import type { UiModuleDef, UiModuleType } from '../host/manifest-model';
import type { SignedInContext } from '../sandbox-services';
import { forgeRunsFor, portalProfileSite, portalRequestSite } from './frame-sites';
import { refusalOf, type Refusal } from './jira-client';
import { MessagePage } from './module-pages';
import { bind, jira, ok, page, type Args } from './page-kit';
import { myRequests, offeredType, portalGroups, requestOf, requestTypeForm } from './portal-data';
import { PortalCreatePage, PortalHomePage, PortalProfilePage, PortalRequestPage } from './portal-pages';
import { formValues, jiraFields, type FormValues } from './screen-field';

/** The app's portal module of a type, when Forge would run it for the viewer. */
const portalModule = (ctx: SignedInContext, type: UiModuleType): UiModuleDef | null => {
  const module = ctx.services.host.manifest.uiModules.find((m) => m.type === type);
  return module !== undefined && forgeRunsFor(module, ctx.viewer.user.accountType) ? module : null;
};

const notFound = (args: Args, message: string): void => {
  page(args, 'Not found', 'portal', <MessagePage title="We could not find that" message={message} />, 404);
};

const home = async (args: Args): Promise<void> => {
  const client = jira(args.ctx);
  const [requests, groups] = await Promise.all([myRequests(client), portalGroups(client)]);
  page(args, 'Help center', 'portal', <PortalHomePage requests={Array.isArray(requests) ? requests : []} groups={groups} />);
};

/** The request type's form, with what was sent and JSM's refusal; 404 for a type the portal does not offer. */
const renderCreate = async (args: Args, values: FormValues, refusal: Refusal | null, status = 200): Promise<void> => {
  const client = jira(args.ctx);
  const type = offeredType(await portalGroups(client), args.params[0] ?? '');
  if (type === null) {
    notFound(args, 'This portal offers no such request type.');
    return;
  }
  const fields = await requestTypeForm(client, type);
  if (!Array.isArray(fields)) {
    page(args, type.name, 'portal', <PortalCreatePage type={type} fields={[]} values={values} refusal={refusalOf(fields, new Set())} />, fields.status);
    return;
  }
  page(args, type.name, 'portal', <PortalCreatePage type={type} fields={fields} values={values} refusal={refusal} />, status);
};

const createForm = (args: Args): Promise<void> => renderCreate(args, {}, null);

/** Posts the form as `POST /request`, as the customer; JSM's refusal comes back beside the fields it names. */
const create = async (args: Args): Promise<void> => {
  const { req, res, ctx } = args;
  const values = formValues(await readForm(req));
  const client = jira(ctx);
  const type = offeredType(await portalGroups(client), args.params[0] ?? '');
  const fields = type === null ? null : await requestTypeForm(client, type);
  if (type === null || !Array.isArray(fields)) {
    await renderCreate(args, values, null);
    return;
  }
  const answer = await client.send('POST', '/rest/servicedeskapi/request', {
    serviceDeskId: type.serviceDeskId,
    requestTypeId: type.id,
    // The form's rich text is a document, which JSM takes only when told so.
    isAdfRequest: true,
    requestFieldValues: jiraFields(fields, values),
  });
  if (!ok(answer)) {
    await renderCreate(args, values, refusalOf(answer, new Set(fields.map((field) => field.id))), answer.status);
    return;
  }
  await ctx.services.settle();
  redirect(res, `/portal/request/${encodeURIComponent(String((answer.body as { issueKey?: unknown }).issueKey))}`);
};

const request = async (args: Args): Promise<void> => {
  const { ctx, params } = args;
  const shown = await requestOf(jira(ctx), params[0] ?? '');
  if ('status' in shown) {
    notFound(args, 'The request does not exist, or it is not yours to see.');
    return;
  }
  const module = portalModule(ctx, 'jiraServiceManagement:portalRequestDetail');
  const frame =
    module === null ? null : bind(ctx, module, portalRequestSite(module, { key: shown.issueKey, typeId: shown.requestTypeId ?? '', portalId: shown.serviceDeskId }));
  page(args, shown.issueKey, 'portal', <PortalRequestPage request={shown} frame={frame} viewer={ctx.viewer} siteUrl={ctx.services.baseUrl()} />);
};

const profile = (args: Args): void => {
  const { ctx } = args;
  const module = portalModule(ctx, 'jiraServiceManagement:portalProfilePanel');
  const frame = module === null ? null : bind(ctx, module, portalProfileSite(module));
  page(args, 'Profile', 'portal', <PortalProfilePage frame={frame} viewer={ctx.viewer} siteUrl={ctx.services.baseUrl()} />);
};

export const portalHandlers = { home, createForm, create, request, profile } as const;
