import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultInjector } from '../faults/fault-control';
import { ANONYMOUS, resolveCaller } from '../identity/resolve-caller';
import type { JiraSite } from '../jira-site';
import { JiraHttpError, jiraError, unauthenticated } from './jira-error';
import type { JiraResponse, Route } from './jira-request';
import { readJsonBody } from './read-json-body';
import { matchRoute, parseJiraPath, type ParsedJiraPath } from './route-table';

function send(res: ServerResponse, response: JiraResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  const text = JSON.stringify(response.body);
  headers['Content-Type'] = 'application/json;charset=UTF-8';
  headers['Content-Length'] = String(Buffer.byteLength(text));
  res.writeHead(response.status, headers).end(text);
}

/** Jersey's answer to a path no resource serves. */
const noResource = (url: string): JiraHttpError => new JiraHttpError(404, { message: `null for uri: ${url}`, 'status-code': 404 });

async function answer(
  site: JiraSite,
  routes: readonly Route[],
  faults: FaultInjector,
  req: IncomingMessage,
  path: ParsedJiraPath,
  url: URL,
): Promise<JiraResponse> {
  const known = resolveCaller(site, req.headers);
  const { delayMs, fault, afterWork } = faults.next({ byApp: known?.isApp === true });
  if (delayMs > 0) await sleep(delayMs);
  if (fault !== null && !afterWork) throw fault;
  const method = req.method ?? 'GET';
  const match = matchRoute(routes, method, path);
  if (!('route' in match)) {
    throw match.methodMismatch ? jiraError(405, [`Method ${method} is not allowed here.`]) : noResource(url.href);
  }
  const caller = known ?? (match.route.anonymous === true ? ANONYMOUS : null);
  if (caller === null) throw unauthenticated();
  const response = await match.route.handler({
    method,
    family: path.family,
    apiVersion: path.apiVersion,
    params: match.params,
    query: url.searchParams,
    body: await readJsonBody(req),
    caller,
    baseUrl: url.origin,
    experimentalOptIn: req.headers['x-experimentalapi'] === 'opt-in',
  });
  // The work is done (a refusal above did none): Jira fails now, and the client cannot know that it worked.
  if (fault !== null) {
    faults.recordAfterWork({ method, path: url.pathname, at: site.now() });
    throw fault;
  }
  return response;
}

/** Serves Jira's REST paths from the routes; resolves false for any other path. */
export function jiraDispatcher(site: JiraSite, routes: readonly Route[], faults: FaultInjector) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const path = parseJiraPath(url.pathname);
    if (path === null) return false;
    try {
      send(res, await answer(site, routes, faults, req, path, url));
    } catch (error) {
      if (error instanceof JiraHttpError) send(res, { status: error.status, body: error.body, headers: error.headers });
      else send(res, { status: 500, body: { errorMessages: [`Internal server error: ${String(error)}`], errors: {} } });
    }
    return true;
  };
}
