import { REQUEST_PARTICIPANTS_FIELD, REQUEST_TYPE_FIELD } from '../fields/well-known-fields';
import { objectBody } from '../http/body-shape';
import { asServiceDeskError, JiraHttpError, serviceDeskError } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import { serviceDeskPage } from '../http/service-desk-page';
import { createIssue } from '../issues/create-issue';
import { inWriteUnit } from '../issues/write-unit';
import { isRecord, scalarText } from '../json-value';
import type { JiraSite } from '../jira-site';
import { customerRequestJson } from '../render/customer-request-json';
import type { CustomerRequestCreateMetaJson, PagedRequestTypeGroupJson, PagedRequestTypeJson, PagedServiceDeskJson } from '../render/jira-models';
import { renderContextOf } from '../render/render-context-of';
import { requestTypeJson, serviceDeskJson } from '../render/request-type-json';
import { requestTypeFieldJson } from '../render/request-type-field-json';
import { requestTypeFieldDefs } from '../fields/request-type-fields';
import { visibleRequest } from '../issues/customer-request-access';
import type { ProjectRecord } from '../store/project-store';
import type { RequestTypeRecord, ServiceDeskRecord } from '../store/service-desk-store';

function deskWithProject(site: JiraSite, id: string): { desk: ServiceDeskRecord; project: ProjectRecord } {
  const desk = site.serviceDesks.byId(id);
  const project = desk === null ? null : site.projects.byIdOrKey(desk.projectId);
  if (desk === null || project === null) throw serviceDeskError(404, 'The service desk does not exist.');
  return { desk, project };
}

function listServiceDesks(site: JiraSite, req: JiraRequest) {
  const desks = site.serviceDesks.all().flatMap((desk) => {
    const project = site.projects.byIdOrKey(desk.projectId);
    return project === null ? [] : [serviceDeskJson(desk, project, req.baseUrl)];
  });
  return ok(serviceDeskPage(req, '/servicedesk', desks) satisfies PagedServiceDeskJson);
}

/**
 * `POST /servicedesk/{id}/requesttype` by a project admin: the issue type must already be in the
 * project. As in Jira, the new type is in no request type group, so the portal hides it until an
 * admin groups it.
 */
function createRequestType(site: JiraSite, req: JiraRequest) {
  // An experimental endpoint: without the opt-in header Jira Service Management refuses it.
  if (!req.experimentalOptIn) {
    throw serviceDeskError(412, "This API is experimental. Experimental APIs are not guaranteed to be stable within the policy guidelines and are subject to change without notice. If you still want to use this API, set the header 'X-ExperimentalApi: opt-in'.");
  }
  const { desk, project } = deskWithProject(site, req.params.serviceDeskId ?? '');
  if (!site.permissions.hasProject(req.caller, project, 'ADMINISTER_PROJECTS')) {
    throw serviceDeskError(403, 'You do not have permission to create request types in this service project.');
  }
  const body = objectBody(req.body);
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  const issueTypeId = scalarText(body.issueTypeId ?? '');
  if (name === '') throw serviceDeskError(400, 'The request type name must not be empty.');
  if (!site.catalog.issueTypesOfProject(project.id).some((type) => type.id === issueTypeId)) {
    throw serviceDeskError(400, `The issue type '${issueTypeId}' is not available in the service project.`);
  }
  if (site.serviceDesks.requestTypes(desk.id).some((type) => type.name.toLowerCase() === name.toLowerCase())) {
    throw serviceDeskError(400, `A request type with the name '${name}' already exists.`);
  }
  const requestType = {
    id: site.nextId('requesttype'),
    serviceDeskId: desk.id,
    issueTypeId,
    name,
    description: typeof body.description === 'string' ? body.description : '',
    helpText: typeof body.helpText === 'string' ? body.helpText : '',
    groupIds: [],
  };
  site.db.transaction(() => {
    site.serviceDesks.insertRequestType(requestType);
  })();
  return created(requestTypeJson(requestType, req.baseUrl));
}

/** `groupId` narrows the list to one request type group, as the portal shows it. */
function listRequestTypes(site: JiraSite, req: JiraRequest) {
  const { desk } = deskWithProject(site, req.params.serviceDeskId ?? '');
  const groupId = req.query.get('groupId');
  const types = site.serviceDesks
    .requestTypes(desk.id)
    .filter((type) => groupId === null || type.groupIds.includes(groupId))
    .map((type) => requestTypeJson(type, req.baseUrl));
  return ok(serviceDeskPage(req, `/servicedesk/${desk.id}/requesttype`, types) satisfies PagedRequestTypeJson);
}

/** `raiseOnBehalfOf` names the customer by account id or e-mail; only agents may use it. */
function reporterFor(site: JiraSite, req: JiraRequest, project: ProjectRecord, onBehalfOf: unknown): string | null {
  if (onBehalfOf === undefined || onBehalfOf === null) return null;
  if (!site.permissions.hasProject(req.caller, project, 'SERVICEDESK_AGENT')) {
    throw serviceDeskError(403, 'You do not have permission to raise requests on behalf of customers.');
  }
  const ref = scalarText(onBehalfOf);
  const customer = site.users.byAccountId(ref) ?? site.users.byEmail(ref);
  if (customer === null) throw serviceDeskError(400, `The user '${ref}' does not exist.`);
  return customer.accountId;
}

const asServiceDeskAnswer = <T>(work: () => T): T => {
  try {
    return work();
  } catch (error) {
    throw error instanceof JiraHttpError ? asServiceDeskError(error) : error;
  }
};

function requestTypeOf(site: JiraSite, desk: ServiceDeskRecord, requestTypeId: string): RequestTypeRecord {
  const requestType = site.serviceDesks.requestTypeById(requestTypeId);
  if (requestType?.serviceDeskId !== desk.id) throw serviceDeskError(404, 'The request type does not exist.');
  return requestType;
}

/**
 * `GET /servicedesk/{id}/requesttype/{id}/field`: the fields `POST /request` takes for the type,
 * and what the caller may add: only agents raise on behalf of others; sharing with participants
 * is on for customers, as in a new JSM project.
 */
function listRequestTypeFields(site: JiraSite, req: JiraRequest) {
  const { desk, project } = deskWithProject(site, req.params.serviceDeskId ?? '');
  const requestType = requestTypeOf(site, desk, req.params.requestTypeId ?? '');
  const scope = { project, issueTypeId: requestType.issueTypeId };
  return ok({
    requestTypeFields: requestTypeFieldDefs(site, scope).map((def) => requestTypeFieldJson(site, def, scope, req.baseUrl)),
    canRaiseOnBehalfOf: site.permissions.hasProject(req.caller, project, 'SERVICEDESK_AGENT'),
    canAddRequestParticipants: true,
  } satisfies CustomerRequestCreateMetaJson);
}

/** `GET /servicedesk/{id}/requesttypegroup`: the groups in the order the portal shows them. */
function listRequestTypeGroups(site: JiraSite, req: JiraRequest) {
  const { desk } = deskWithProject(site, req.params.serviceDeskId ?? '');
  const groups = site.serviceDesks.groups(desk.id).map(({ id, name }) => ({ id, name }));
  return ok(serviceDeskPage(req, `/servicedesk/${desk.id}/requesttypegroup`, groups) satisfies PagedRequestTypeGroupJson);
}

function createRequest(site: JiraSite, req: JiraRequest) {
  const body = objectBody(req.body);
  const { desk, project } = deskWithProject(site, scalarText(body.serviceDeskId ?? ''));
  const requestType = requestTypeOf(site, desk, scalarText(body.requestTypeId ?? ''));
  const reporter = reporterFor(site, req, project, body.raiseOnBehalfOf);
  const participants = Array.isArray(body.requestParticipants) ? body.requestParticipants.map(scalarText) : [];
  const unknown = participants.find((accountId) => site.users.byAccountId(accountId) === null);
  if (unknown !== undefined) throw serviceDeskError(400, `The user '${unknown}' does not exist.`);
  const fields = isRecord(body.requestFieldValues) ? body.requestFieldValues : {};
  const issue = asServiceDeskAnswer(() =>
    inWriteUnit(site, req.baseUrl, req.caller, (unit) =>
      createIssue(
      unit,
      // JSM takes plain text for rich-text fields unless the caller says it sends ADF.
      { site, apiVersion: body.isAdfRequest === true ? 3 : 2, project, issueTypeId: requestType.issueTypeId },
      {
        issueTypeId: requestType.issueTypeId,
        body: { fields },
        // Only the request type's fields, as GET …/requesttype/{id}/field lists them.
        screen: new Set(requestTypeFieldDefs(site, { project, issueTypeId: requestType.issueTypeId }).map((def) => def.id)),
        preset: {
          [REQUEST_TYPE_FIELD]: requestType.id,
          ...(participants.length > 0 ? { [REQUEST_PARTICIPANTS_FIELD]: participants } : {}),
          ...(reporter === null ? {} : { reporter }),
        },
      },
    ),
    ),
  );
  return created(customerRequestJson(renderContextOf(site, req), issue, desk.id));
}

function getRequest(site: JiraSite, req: JiraRequest) {
  const { issue, desk } = visibleRequest(site, req.caller, req.params.issueIdOrKey ?? '');
  return ok(customerRequestJson(renderContextOf(site, req), issue, desk.id));
}

export const serviceDeskRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'servicedeskapi', pattern: '/servicedesk', handler: (req) => listServiceDesks(site, req) },
  {
    method: 'GET',
    family: 'servicedeskapi',
    pattern: '/servicedesk/:serviceDeskId/requesttype',
    handler: (req) => listRequestTypes(site, req),
  },
  {
    method: 'GET',
    family: 'servicedeskapi',
    pattern: '/servicedesk/:serviceDeskId/requesttype/:requestTypeId/field',
    handler: (req) => listRequestTypeFields(site, req),
  },
  {
    method: 'GET',
    family: 'servicedeskapi',
    pattern: '/servicedesk/:serviceDeskId/requesttypegroup',
    handler: (req) => listRequestTypeGroups(site, req),
  },
  {
    method: 'POST',
    family: 'servicedeskapi',
    pattern: '/servicedesk/:serviceDeskId/requesttype',
    handler: (req) => createRequestType(site, req),
  },
  { method: 'POST', family: 'servicedeskapi', pattern: '/request', handler: (req) => createRequest(site, req) },
  { method: 'GET', family: 'servicedeskapi', pattern: '/request/:issueIdOrKey', handler: (req) => getRequest(site, req) },
];
