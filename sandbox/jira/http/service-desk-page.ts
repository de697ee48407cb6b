import { queryInt } from './query-params';
import type { JiraRequest } from './jira-request';

const DEFAULT_PAGE_SIZE = 50;

/** JSM's paging envelope (`start`, `limit`, `isLastPage`, `_links`) around one page of `values`, 50 by default. */
export function serviceDeskPage<T>(req: JiraRequest, path: string, all: readonly T[]) {
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
