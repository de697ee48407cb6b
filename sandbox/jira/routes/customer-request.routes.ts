import { queryList } from '../http/query-params';
import { serviceDeskError } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { serviceDeskPage } from '../http/service-desk-page';
import { isCustomerRequest, participantsOf, visibleRequest } from '../issues/customer-request-access';
import type { JiraSite } from '../jira-site';
import { customerRequestJson, requestUserJson } from '../render/customer-request-json';
import type { PagedCustomerRequestJson, PagedUserJson } from '../render/jira-models';
import { renderContextOf } from '../render/render-context-of';
import type { IssueRecord } from '../store/issue-store';
import { REQUEST_TYPE_FIELD } from '../fields/well-known-fields';

/** Every value JSM Cloud documents for `requestOwnership`; the emulator answers only the first two. */
const OWNERSHIPS = ['OWNED_REQUESTS', 'PARTICIPATED_REQUESTS', 'ORGANIZATION', 'ALL_ORGANIZATIONS', 'APPROVER', 'ALL_REQUESTS'] as const;
type Ownership = 'OWNED_REQUESTS' | 'PARTICIPATED_REQUESTS';
const EMULATED_OWNERSHIPS: readonly string[] = ['OWNED_REQUESTS', 'PARTICIPATED_REQUESTS'];
const REQUEST_STATUSES = ['OPEN_REQUESTS', 'CLOSED_REQUESTS', 'ALL_REQUESTS'] as const;

/**
 * The ownerships asked for. Without the parameter a customer gets what JSM documents for them:
 * the requests they raised (or were raised for them) and those they take part in; the emulator
 * gives an agent no more than that (narrower than Jira, which may list more to an agent).
 */
function ownershipsOf(req: JiraRequest): readonly Ownership[] {
  const asked = queryList(req.query, 'requestOwnership');
  for (const value of asked) {
    if (!(OWNERSHIPS as readonly string[]).includes(value)) throw serviceDeskError(400, `The value '${value}' is not valid for requestOwnership.`);
    if (!EMULATED_OWNERSHIPS.includes(value)) throw serviceDeskError(400, `The sandbox does not emulate requestOwnership '${value}'.`);
  }
  // Organizations and approvals are not emulated: their filters would silently list nothing.
  for (const name of ['approvalStatus', 'organizationId']) {
    if (req.query.has(name)) throw serviceDeskError(400, `The sandbox does not emulate the ${name} parameter.`);
  }
  return asked.length === 0 ? ['OWNED_REQUESTS', 'PARTICIPATED_REQUESTS'] : (asked as Ownership[]);
}

function statusFilterOf(req: JiraRequest): (issue: IssueRecord) => boolean {
  const status = req.query.get('requestStatus') ?? 'ALL_REQUESTS';
  if (!(REQUEST_STATUSES as readonly string[]).includes(status)) throw serviceDeskError(400, `The value '${status}' is not valid for requestStatus.`);
  // JSM tells open from closed by the resolution, as its portal does.
  const resolved = (issue: IssueRecord): boolean => issue.fields.resolution !== null && issue.fields.resolution !== undefined;
  if (status === 'OPEN_REQUESTS') return (issue) => !resolved(issue);
  if (status === 'CLOSED_REQUESTS') return resolved;
  return () => true;
}

/** `serviceDeskId`, `requestTypeId` (only with a service desk, as JSM documents) and `searchTerm` on the summary. */
function scopeFilterOf(req: JiraRequest): (issue: IssueRecord, deskId: string) => boolean {
  const deskId = req.query.get('serviceDeskId');
  const typeId = req.query.get('requestTypeId');
  if (typeId !== null && deskId === null) throw serviceDeskError(400, 'The requestTypeId parameter needs a serviceDeskId.');
  const term = (req.query.get('searchTerm') ?? '').toLowerCase();
  return (issue, issueDeskId) =>
    (deskId === null || deskId === issueDeskId) &&
    (typeId === null || issue.fields[REQUEST_TYPE_FIELD] === typeId) &&
    String(issue.fields.summary).toLowerCase().includes(term);
}

/** `GET /request`: the caller's own requests, latest activity first, as JSM orders them. */
function listRequests(site: JiraSite, req: JiraRequest) {
  const ownerships = ownershipsOf(req);
  const byStatus = statusFilterOf(req);
  const inScope = scopeFilterOf(req);
  const me = req.caller.user.accountId;
  const mine = (issue: IssueRecord): boolean =>
    (ownerships.includes('OWNED_REQUESTS') && issue.fields.reporter === me) ||
    (ownerships.includes('PARTICIPATED_REQUESTS') && participantsOf(issue).includes(me));
  const ctx = renderContextOf(site, req);
  const requests = site.issues
    .all()
    .filter((issue) => isCustomerRequest(issue) && mine(issue) && byStatus(issue))
    .flatMap((issue) => {
      const project = site.projects.byIdOrKey(issue.projectId);
      const desk = project === null ? null : site.serviceDesks.byProjectId(project.id);
      if (project === null || desk === null || !inScope(issue, desk.id)) return [];
      return site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS', issue) ? [{ issue, desk }] : [];
    })
    .sort((a, b) => b.issue.updated - a.issue.updated || Number(b.issue.id) - Number(a.issue.id))
    .map(({ issue, desk }) => customerRequestJson(ctx, issue, desk.id));
  return ok(serviceDeskPage(req, '/request', requests) satisfies PagedCustomerRequestJson);
}

/** `GET /request/{key}/participant`: the request's participants, to whoever may see the request. */
function listParticipants(site: JiraSite, req: JiraRequest) {
  const { issue } = visibleRequest(site, req.caller, req.params.issueIdOrKey ?? '');
  const users = participantsOf(issue).flatMap((accountId) => {
    const user = site.users.byAccountId(accountId);
    return user === null ? [] : [requestUserJson(user, req.baseUrl)];
  });
  return ok(serviceDeskPage(req, `/request/${issue.key}/participant`, users) satisfies PagedUserJson);
}

export const customerRequestRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'servicedeskapi', pattern: '/request', handler: (req) => listRequests(site, req) },
  { method: 'GET', family: 'servicedeskapi', pattern: '/request/:issueIdOrKey/participant', handler: (req) => listParticipants(site, req) },
];
