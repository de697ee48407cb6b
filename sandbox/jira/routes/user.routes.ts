import { badRequest, forbidden, notFound } from '../http/jira-error';
import type { Caller, JiraRequest, Route } from '../http/jira-request';
import { ok } from '../http/jira-request';
import { queryList } from '../http/query-params';
import { requestedPage } from '../http/requested-page';
import type { JiraSite } from '../jira-site';
import type { GroupNameJson, PageUserDetailsJson } from '../render/jira-models';
import { offsetPage } from '../render/page-json';
import { userJson, userProfileJson } from '../render/user-json';
import type { GroupRecord, UserRecord } from '../store/user-store';

const DEFAULT_PAGE_SIZE = 50;
/** `GET /user/bulk`: Jira's documented default page. */
const BULK_DEFAULT_PAGE_SIZE = 10;
/**
 * Jira documents no largest page for `GET /user/bulk`; its documented example answers
 * `maxResults: 100`, which the emulator takes as the cap, so it never gives more than that.
 */
const BULK_MAX_PAGE_SIZE = 100;

const groupJson = (group: GroupRecord, baseUrl: string) =>
  ({ name: group.name, groupId: group.groupId, self: `${baseUrl}/rest/api/3/group?groupId=${group.groupId}` }) satisfies GroupNameJson;

/** A user with Jira's `expand=groups,applicationRoles` when asked for. */
function expandedUserJson(site: JiraSite, req: JiraRequest, user: UserRecord) {
  const expand = new Set(queryList(req.query, 'expand'));
  const groups = site.users.groupsOf(user.accountId).map((group) => groupJson(group, req.baseUrl));
  return {
    ...userProfileJson(user, req.baseUrl),
    expand: 'groups,applicationRoles',
    ...(expand.has('groups') ? { groups: { size: groups.length, items: groups } } : {}),
    ...(expand.has('applicationRoles') ? { applicationRoles: { size: 0, items: [] } } : {}),
  };
}

const NO_USER_BROWSE = 'You do not have the permission to browse users and groups.';

function requireUserBrowse(site: JiraSite, caller: Caller): void {
  if (!site.permissions.hasGlobal(caller, 'USER_PICKER')) throw forbidden(NO_USER_BROWSE);
}

function userByAccountId(site: JiraSite, req: JiraRequest): UserRecord {
  const accountId = req.query.get('accountId');
  if (accountId === null || accountId === '') throw badRequest('The accountId query parameter needs to be provided.');
  const user = site.users.byAccountId(accountId);
  if (user === null) throw notFound('Specified user does not exist or you do not have required permissions');
  return user;
}

/** Jira matches the start of any word of the display name or e-mail address, ignoring case. */
function matchesQuery(user: UserRecord, query: string): boolean {
  const needle = query.toLowerCase();
  const words = [user.displayName, user.email ?? ''].flatMap((text) => text.toLowerCase().split(/[\s.@_-]+/));
  return words.some((word) => word.startsWith(needle)) || (user.email?.toLowerCase() === needle);
}

function findUsers(site: JiraSite, req: JiraRequest) {
  const query = req.query.get('query');
  const accountId = req.query.get('accountId');
  if ((query === null || query === '') && (accountId === null || accountId === '')) {
    throw badRequest("One of 'query' or 'accountId' parameters must be provided.");
  }
  // Jira answers callers without "Browse users and groups" with an empty list rather than an error.
  if (!site.permissions.hasGlobal(req.caller, 'USER_PICKER')) return ok([]);
  const found = site.users
    .all()
    .filter((user) => user.active)
    .filter((user) => (accountId ? user.accountId === accountId : matchesQuery(user, query ?? '')));
  return ok(requestedPage(req, found, DEFAULT_PAGE_SIZE).items.map((user) => userProfileJson(user, req.baseUrl)));
}

/**
 * `GET /user/assignable/search`: the active users who hold Assignable User in the project (or the
 * issue's project), matched by `accountId` exactly or by `query` as `/user/search` matches. The
 * caller needs Browse users and groups or Assign issues there; one without either, like one who
 * may not browse the project, is told it is not found.
 */
function assignableUsers(site: JiraSite, req: JiraRequest) {
  const query = req.query.get('query') ?? '';
  const accountId = req.query.get('accountId') ?? '';
  const issueRef = req.query.get('issueKey') ?? req.query.get('issueId');
  const projectRef = req.query.get('project');
  if (issueRef === null && projectRef === null) throw badRequest('The issue key, issue ID or project key is required.');
  if (query === '' && accountId === '') throw badRequest("One of 'query' or 'accountId' parameters must be provided.");
  const issue = issueRef === null ? null : site.issues.byIdOrKey(issueRef);
  if (issueRef !== null && issue === null) throw notFound('Issue does not exist or you do not have permission to see it.');
  const project = site.projects.byIdOrKey(issue?.projectId ?? projectRef ?? '');
  const mayAsk =
    project !== null &&
    site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS') &&
    (site.permissions.hasGlobal(req.caller, 'USER_PICKER') || site.permissions.hasProject(req.caller, project, 'ASSIGN_ISSUES'));
  if (project === null || !mayAsk) throw notFound(`No project could be found with key '${projectRef ?? issueRef ?? ''}'.`);
  const found = site.users
    .all()
    .filter((user) => (accountId === '' ? matchesQuery(user, query) : user.accountId === accountId))
    .filter((user) => site.permissions.userHasProject(user.accountId, project, 'ASSIGNABLE_USER', issue ?? undefined));
  return ok(requestedPage(req, found, DEFAULT_PAGE_SIZE).items.map((user) => userProfileJson(user, req.baseUrl)));
}

const NO_JIRA_ACCESS = 'You do not have permission to access Jira.';

/**
 * The users of these account ids, in the order asked, each once; ids Jira does not know are left
 * out, inactive accounts are not (they say `active: false`). Jira requires only "Permission to
 * access Jira", which portal-only customers lack.
 */
function bulkUsers(site: JiraSite, req: JiraRequest) {
  if (req.caller.user.accountType === 'customer') throw forbidden(NO_JIRA_ACCESS);
  const accountIds = [...new Set(req.query.getAll('accountId').filter((id) => id !== ''))];
  if (accountIds.length === 0) throw badRequest('The accountId query parameter needs to be provided.');
  const found = accountIds.map((id) => site.users.byAccountId(id)).filter((user): user is UserRecord => user !== null);
  const values = found.map((user) => userJson(user, req.baseUrl));
  return ok(offsetPage(req, '/user/bulk', values, { defaultSize: BULK_DEFAULT_PAGE_SIZE, maxSize: BULK_MAX_PAGE_SIZE }));
}

function allUsers(site: JiraSite, req: JiraRequest) {
  requireUserBrowse(site, req.caller);
  return ok(requestedPage(req, site.users.all(), DEFAULT_PAGE_SIZE).items.map((user) => userProfileJson(user, req.baseUrl)));
}

function groupMembers(site: JiraSite, req: JiraRequest) {
  requireUserBrowse(site, req.caller);
  const groupId = req.query.get('groupId');
  const groupName = req.query.get('groupname');
  const group = groupId !== null ? site.users.groupById(groupId) : groupName !== null ? site.users.groupByName(groupName) : null;
  if (group === null) throw notFound('Specified group does not exist.');
  const includeInactive = req.query.get('includeInactiveUsers') === 'true';
  const members = site.users.membersOf(group.groupId).filter((user) => includeInactive || user.active);
  const values = members.map((user) => userJson(user, req.baseUrl));
  const linkQuery = { groupId: group.groupId, includeInactiveUsers: String(includeInactive) };
  return ok(offsetPage(req, '/group/member', values, { defaultSize: DEFAULT_PAGE_SIZE, linkQuery }) satisfies PageUserDetailsJson);
}

export const userRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/myself', handler: (req) => ok(expandedUserJson(site, req, req.caller.user)) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/user',
    handler: (req) => {
      const user = userByAccountId(site, req);
      if (user.accountId !== req.caller.user.accountId) requireUserBrowse(site, req.caller);
      return ok(expandedUserJson(site, req, user));
    },
  },
  { method: 'GET', family: 'api', pattern: '/user/search', handler: (req) => findUsers(site, req) },
  { method: 'GET', family: 'api', pattern: '/user/bulk', handler: (req) => bulkUsers(site, req) },
  { method: 'GET', family: 'api', pattern: '/user/assignable/search', handler: (req) => assignableUsers(site, req) },
  // Jira serves "get all users" at both paths.
  { method: 'GET', family: 'api', pattern: '/users', handler: (req) => allUsers(site, req) },
  { method: 'GET', family: 'api', pattern: '/users/search', handler: (req) => allUsers(site, req) },
  {
    method: 'GET',
    family: 'api',
    pattern: '/user/groups',
    handler: (req) => {
      const user = userByAccountId(site, req);
      if (user.accountId !== req.caller.user.accountId) requireUserBrowse(site, req.caller);
      return ok(site.users.groupsOf(user.accountId).map((group) => groupJson(group, req.baseUrl)));
    },
  },
  { method: 'GET', family: 'api', pattern: '/group/member', handler: (req) => groupMembers(site, req) },
];
