import { AppError } from '../../../domain/app-error';

interface RemovedEndpoint {
  /** Any method when absent. */
  readonly method?: string;
  readonly path: RegExp;
  readonly instead: string;
}

// Atlassian shut these down (CHANGE-2046 and the workflow API rewrite); Jira answers 410 or 404.
const REMOVED: readonly RemovedEndpoint[] = [
  { path: /^\/rest\/api\/[23]\/search$/, instead: '/rest/api/3/search/jql' },
  { path: /^\/rest\/api\/[23]\/search\/id$/, instead: '/rest/api/3/search/jql' },
  { path: /^\/rest\/api\/[23]\/expression\/eval$/, instead: '/rest/api/3/expression/evaluate' },
  { method: 'POST', path: /^\/rest\/api\/[23]\/workflow$/, instead: '/rest/api/3/workflows/create' },
];

const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

/**
 * The transport hands jira.js's paths to requestJira through assumeTrustedRoute, which skips the
 * checks that `route` applies to interpolated values; jira.js does not encode path parameters,
 * so this check stands in for them: a key such as `../../group` never reaches another endpoint.
 */
const assertSafePath = (path: string): void => {
  const unsafe = !path.startsWith('/rest/') || /[?#\\]/.test(path) || path.split('/').some((segment) => DOT_SEGMENT.test(segment));
  if (unsafe) throw new AppError('INVALID_INPUT', `Refused to call Jira at an unsafe path: ${path}`);
};

/** Throws before any call to a path that is not a plain Jira REST path, or to an endpoint Jira removed. */
export const assertAllowedEndpoint = (method: string, path: string): void => {
  assertSafePath(path);
  const bare = path.replace(/\/+$/, '');
  const verb = method.toUpperCase();
  const removed = REMOVED.find((endpoint) => endpoint.path.test(bare) && (endpoint.method === undefined || endpoint.method === verb));
  if (removed) throw new AppError('INTERNAL', `${verb} ${bare} was removed from Jira Cloud; use ${removed.instead}`);
};
