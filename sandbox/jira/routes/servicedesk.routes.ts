import { operationScreenId, screenFieldIds } from '../fields/screen-fields';
import { REQUEST_PARTICIPANTS_FIELD, REQUEST_TYPE_FIELD } from '../fields/well-known-fields';
import { objectBody } from '../http/body-shape';
import { asServiceDeskError, JiraHttpError, serviceDeskError } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryInt } from '../http/query-params';
import { createIssue } from '../issues/create-issue';
import { inWriteUnit } from '../issues/write-unit';
import { isRecord, scalarText } from '../json-value';
import type { JiraSite } from '../jira-site';
import { customerRequestJson } from '../render/customer-request-json';
import type { PagedRequestTypeJson, PagedServiceDeskJson } from '../render/jira-models';
import { renderContextOf } from '../render/render-context-of';
import { requestTypeJson, serviceDeskJson } from '../render/request-type-json';
import type { ProjectRecord } from '../store/project-store';
import type { ServiceDeskRecord } from '../store/service-desk-store';

const DEFAULT_PAGE_SIZE = 50;
const NO_REQUEST = 'The request could not be found or you do not have permission to view it.';

/** JSM's paging envelope around one page of `values`. */
function paged<T>(req: JiraRequest, path: string, all: readonly T[]) {
  const start = queryInt(req.query, 'start', 0);
  const limit = queryInt(req.query, 'limit', DEFAULT_PAGE_SIZE);
  const values = all.slice(start, start + limit);
  const isLastPage = start + values.length >= all.length;
  const base = `${req.baseUrl}/rest/servicedeskapi${path}`;
  return {
    _expands: [],
    size: values.length,
    start,
    limit,
    isLastPage,
    _links: {
      base: req.baseUrl,
      context: '',
      self: `${base}?start=${start}&limit=${limit}`,
      ...(isLastPage ? {} : { next: `${base}?start=${start + limit}&limit=${limit}` }),
      ...(start === 0 ? {} : { prev: `${base}?start=${Math.max(0, start - limit)}&limit=${limit}` }),
    },
    values,
  };
}

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
  return ok(paged(req, '/servicedesk', desks) satisfies PagedServiceDeskJson);
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

function listRequestTypes(site: JiraSite, req: JiraRequest) {
  const { desk } = deskWithProject(site, req.params.serviceDeskId ?? '');
  const types = site.serviceDesks.requestTypes(desk.id).map((type) => requestTypeJson(type, req.baseUrl));
  return ok(paged(req, `/servicedesk/${desk.id}/requesttype`, types) satisfies PagedRequestTypeJson);
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

function createRequest(site: JiraSite, req: JiraRequest) {
  const body = objectBody(req.body);
  const { desk, project } = deskWithProject(site, scalarText(body.serviceDeskId ?? ''));
  const requestType = site.serviceDesks.requestTypeById(scalarText(body.requestTypeId ?? ''));
  if (requestType?.serviceDeskId !== desk.id) throw serviceDeskError(404, 'The request type does not exist.');
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
        // A request type's fields come from its issue type's create screen; the emulator keeps no narrower list.
        screen: screenFieldIds(site, operationScreenId(site, { project, issueTypeId: requestType.issueTypeId }, 'create')),
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
  const issue = site.issues.byIdOrKey(req.params.issueIdOrKey ?? '');
  const project = issue === null ? null : site.projects.byIdOrKey(issue.projectId);
  const desk = project === null ? null : site.serviceDesks.byProjectId(project.id);
  if (issue === null || project === null || desk === null) throw serviceDeskError(404, NO_REQUEST);
  if (!site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS', issue)) throw serviceDeskError(404, NO_REQUEST);
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
    method: 'POST',
    family: 'servicedeskapi',
    pattern: '/servicedesk/:serviceDeskId/requesttype',
    handler: (req) => createRequestType(site, req),
  },
  { method: 'POST', family: 'servicedeskapi', pattern: '/request', handler: (req) => createRequest(site, req) },
  { method: 'GET', family: 'servicedeskapi', pattern: '/request/:issueIdOrKey', handler: (req) => getRequest(site, req) },
];
