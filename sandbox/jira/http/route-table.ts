import type { ApiFamily, Route } from './jira-request';

export interface RouteMatch {
  readonly route: Route;
  readonly params: Readonly<Record<string, string>>;
}

export interface ParsedJiraPath {
  readonly family: ApiFamily;
  readonly apiVersion: 2 | 3 | null;
  /** The path below the family root, e.g. `/issue/CMP-1`. */
  readonly rest: string;
}

const PLATFORM = /^\/rest\/api\/(2|3)(\/.*)$/;
const SERVICE_DESK = /^\/rest\/servicedeskapi(\/.*)$/;

/** Splits a request path into the API family and the rest; null when the path is not Jira's. */
export function parseJiraPath(pathname: string): ParsedJiraPath | null {
  const platform = PLATFORM.exec(pathname);
  if (platform?.[2] !== undefined) return { family: 'api', apiVersion: platform[1] === '2' ? 2 : 3, rest: platform[2] };
  const serviceDesk = SERVICE_DESK.exec(pathname);
  if (serviceDesk?.[1] !== undefined) return { family: 'servicedeskapi', apiVersion: null, rest: serviceDesk[1] };
  return null;
}

const segmentsOf = (path: string): string[] => path.split('/').filter((segment) => segment !== '');

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const expected = segmentsOf(pattern);
  const actual = segmentsOf(path);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

/** Finds the route for a call; `methodMismatch` tells a 405 from a 404. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: ParsedJiraPath,
): RouteMatch | { readonly methodMismatch: boolean } {
  let methodMismatch = false;
  for (const route of routes) {
    if (route.family !== path.family) continue;
    const params = matchPattern(route.pattern, path.rest);
    if (params === null) continue;
    if (route.method === method) return { route, params };
    methodMismatch = true;
  }
  return { methodMismatch };
}
