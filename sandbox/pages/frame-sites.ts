import type { UiModuleDef } from '../host/manifest-model';
import type { FrameSite } from '../host/ui-context';
import type { IssueView } from './jira-views';

/** Where each kind of frame sits: what Jira puts in the context's `extension` for that module. */
export const issuePanelSite = (module: UiModuleDef, issue: IssueView): FrameSite => ({
  moduleKey: module.key,
  localId: `${module.key}/${issue.id}`,
  extension: {
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype.name, typeId: issue.fields.issuetype.id },
    project: { id: issue.fields.project.id, key: issue.fields.project.key, type: issue.fields.project.projectTypeKey ?? 'service_desk' },
    isNewToIssue: false,
  },
});

/** The sandbox's one dashboard holds one gadget of the app. */
export const GADGET_PLACE = { dashboardId: '10000', gadgetId: '1' } as const;

export const gadgetLocalId = (module: UiModuleDef): string => `${module.key}/dashboard-${GADGET_PLACE.dashboardId}/gadget-${GADGET_PLACE.gadgetId}`;

export const gadgetSite = (module: UiModuleDef, configuration: unknown, editing: boolean): FrameSite => ({
  moduleKey: module.key,
  localId: gadgetLocalId(module),
  extension: {
    gadgetConfiguration: configuration ?? {},
    dashboard: { id: GADGET_PLACE.dashboardId },
    gadget: { id: GADGET_PLACE.gadgetId },
    ...(editing ? { entryPoint: 'edit' } : {}),
  },
});

export const adminPageSite = (module: UiModuleDef): FrameSite => ({ moduleKey: module.key, localId: `${module.key}/admin`, extension: {} });

/**
 * A portal request's detail panel: JSM names the request and its portal, never more (the
 * customer's identity is the context's accountId, which the host sets from the viewer).
 */
export const portalRequestSite = (module: UiModuleDef, request: { key: string; typeId: string; portalId: string }): FrameSite => ({
  moduleKey: module.key,
  localId: `${module.key}/${request.key}`,
  extension: { request: { key: request.key, typeId: request.typeId }, portal: { id: request.portalId } },
});

/** The portal's profile page carries no place of its own: the context's `extension` has only its type. */
export const portalProfileSite = (module: UiModuleDef): FrameSite => ({ moduleKey: module.key, localId: `${module.key}/profile`, extension: {} });

/**
 * Whether Forge runs a module for a user: a portal customer is an unlicensed user, and Forge runs
 * an app for them only where the module lists `customer` in `unlicensedAccess` (our reading of
 * "Access to Forge apps for unlicensed users"); licensed users always.
 */
export const forgeRunsFor = (module: UiModuleDef, accountType: string): boolean => accountType !== 'customer' || module.unlicensedAccess.includes('customer');

/**
 * A service project's queue page: Forge's context names the project (id, key and type), as the
 * project pages' extension does; there is no issue.
 */
export const queuePageSite = (module: UiModuleDef, project: { id: string; key: string; type: string }): FrameSite => ({
  moduleKey: module.key,
  localId: `${module.key}/${project.key}`,
  extension: { project },
});

/** Jira's path of a service project's queues, or of one app queue page (`…/queues/apps/<module key>` in the sandbox). */
export const queuesPath = (projectKey: string, moduleKey?: string): string =>
  `/jira/servicedesk/projects/${projectKey}/queues${moduleKey === undefined ? '' : `/apps/${moduleKey}`}`;
