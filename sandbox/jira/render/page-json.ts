import type { JiraRequest } from '../http/jira-request';
import { queryInt } from '../http/query-params';

const DEFAULT_PAGE_SIZE = 50;

/** One page of `values` in the platform API's offset envelope (`startAt`, `maxResults`, `total`, `isLast`). */
export function offsetPage<T>(req: JiraRequest, path: string, all: readonly T[], defaultSize = DEFAULT_PAGE_SIZE) {
  const startAt = queryInt(req.query, 'startAt', 0);
  const maxResults = queryInt(req.query, 'maxResults', defaultSize);
  const isLast = startAt + maxResults >= all.length;
  const pageUrl = (start: number): string => {
    const query = new URLSearchParams(req.query);
    query.set('startAt', String(start));
    query.set('maxResults', String(maxResults));
    return `${req.baseUrl}/rest/api/3${path}?${query.toString()}`;
  };
  return {
    self: pageUrl(startAt),
    ...(isLast ? {} : { nextPage: pageUrl(startAt + maxResults) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: all.slice(startAt, startAt + maxResults),
  };
}
