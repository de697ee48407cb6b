import { objectBody } from '../http/body-shape';
import { badRequest, jiraError } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryInt, queryList } from '../http/query-params';
import type { JiraSite } from '../jira-site';
import { compareByOrder, evaluateJql, isBounded, JqlError, UNBOUNDED_JQL_MESSAGE, type JqlAst, type JqlContext } from '../jql';
import { parseJqlWithAppFunctions, type AppFunctionResolver } from '../jql/jql-app-functions';
import { fieldSelection } from '../render/field-selection';
import { issueJson } from '../render/issue-json';
import type { CountJson, SearchResultsJson } from '../render/jira-models';
import { renderContextOf } from '../render/render-context-of';
import { jqlIssueView } from '../search/jql-issue-view';
import { decodePageToken, encodePageToken } from '../search/page-token';

const DEFAULT_PAGE_SIZE = 50;
/** Jira's page limits: large pages only when nothing but ids or keys is asked for. */
const MAX_ID_PAGE = 5000;
const MAX_FIELD_PAGE = 100;

interface SearchParameters {
  readonly jql: string;
  readonly nextPageToken: string | null;
  readonly maxResults: number;
  readonly fields: readonly string[];
  readonly expand: readonly string[];
  readonly properties: readonly string[];
}

const stringList = (value: unknown): string[] => {
  if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

function fromQuery(req: JiraRequest): SearchParameters {
  return {
    jql: req.query.get('jql') ?? '',
    nextPageToken: req.query.get('nextPageToken'),
    maxResults: queryInt(req.query, 'maxResults', DEFAULT_PAGE_SIZE),
    fields: queryList(req.query, 'fields'),
    expand: queryList(req.query, 'expand'),
    properties: queryList(req.query, 'properties'),
  };
}

function fromBody(req: JiraRequest): SearchParameters {
  const body = objectBody(req.body);
  const maxResults = body.maxResults ?? DEFAULT_PAGE_SIZE;
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 0) {
    throw badRequest('maxResults must be a non-negative integer.');
  }
  return {
    jql: typeof body.jql === 'string' ? body.jql : '',
    nextPageToken: typeof body.nextPageToken === 'string' ? body.nextPageToken : null,
    maxResults,
    fields: stringList(body.fields),
    expand: stringList(body.expand),
    properties: stringList(body.properties),
  };
}

function jqlContext(site: JiraSite, req: JiraRequest): JqlContext {
  return {
    now: site.now(),
    currentAccountId: req.caller.user.accountId,
    timeZone: req.caller.user.timeZone,
    knownCustomFieldIds: new Set(site.customFields.all().map((field) => field.id)),
  };
}

/** Parses a bounded query, app functions replaced by their fragments; every JQL problem is a 400 with Jira's messages. */
async function boundedQuery(jql: string, apps: AppFunctionResolver): Promise<JqlAst> {
  const ast = await asJqlAnswer(() => parseJqlWithAppFunctions(jql, apps));
  if (!isBounded(ast)) throw badRequest(UNBOUNDED_JQL_MESSAGE);
  return ast;
}

/** The issues the caller may browse that match, in the query's order. */
function matchingIssues(site: JiraSite, req: JiraRequest, ast: JqlAst) {
  const ctx = jqlContext(site, req);
  const compare = compareByOrder(ast, ctx);
  return site.issues
    .all()
    .flatMap((issue) => {
      const project = site.projects.byIdOrKey(issue.projectId);
      const view = jqlIssueView(site, issue);
      if (project === null || view === null) return [];
      if (!site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS', issue)) return [];
      return evaluateJql(ast, view, ctx) ? [{ issue, project, view }] : [];
    })
    .sort((a, b) => compare(a.view, b.view));
}

const asJqlAnswer = async <T>(work: () => T | Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof JqlError) throw jiraError(400, error.errorMessages);
    throw error;
  }
};

async function search(site: JiraSite, apps: AppFunctionResolver, req: JiraRequest, params: SearchParameters) {
  const ast = await boundedQuery(params.jql, apps);
  const found = await asJqlAnswer(() => matchingIssues(site, req, ast));
  const selection = fieldSelection(params.fields, 'id');
  const pageSize = Math.max(1, Math.min(params.maxResults, selection.idOnly ? MAX_ID_PAGE : MAX_FIELD_PAGE));
  const offset = params.nextPageToken === null ? 0 : decodePageToken(params.nextPageToken, params.jql);
  const page = found.slice(offset, offset + pageSize);
  const isLast = offset + page.length >= found.length;
  const ctx = renderContextOf(site, req);
  const bare = params.fields.length === 0 && params.expand.length === 0 && params.properties.length === 0;
  const issues = page.map(({ issue, project }) =>
    bare
      ? { id: issue.id }
      : issueJson(ctx, project, issue, { selection, expand: new Set(params.expand), properties: params.properties }),
  );
  return ok({
    issues,
    ...(isLast ? {} : { nextPageToken: encodePageToken({ offset: offset + page.length, jql: params.jql }) }),
    isLast,
  } satisfies SearchResultsJson);
}

async function approximateCount(site: JiraSite, apps: AppFunctionResolver, req: JiraRequest) {
  const body = objectBody(req.body);
  const jql = typeof body.jql === 'string' ? body.jql : '';
  const ast = await boundedQuery(jql, apps);
  const found = await asJqlAnswer(() => matchingIssues(site, req, ast));
  return ok({ count: found.length } satisfies CountJson);
}

/** `apps` answers the installed apps' JQL functions (`search/app-function-precomputations.ts`). */
export const searchRoutes = (site: JiraSite, apps: AppFunctionResolver): Route[] => [
  { method: 'GET', family: 'api', pattern: '/search/jql', handler: (req) => search(site, apps, req, fromQuery(req)) },
  { method: 'POST', family: 'api', pattern: '/search/jql', handler: (req) => search(site, apps, req, fromBody(req)) },
  { method: 'POST', family: 'api', pattern: '/search/approximate-count', handler: (req) => approximateCount(site, apps, req) },
];
