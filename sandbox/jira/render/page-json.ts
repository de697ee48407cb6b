import type { JiraRequest } from '../http/jira-request';
import { requestedPage } from '../http/requested-page';

const DEFAULT_PAGE_SIZE = 50;

export interface OffsetPageOptions {
  /** How many items a page holds when the request names no `maxResults`. */
  readonly defaultSize?: number;
  /** The most items a page holds whatever the request asks for; none when not given. */
  readonly maxSize?: number;
  /** What `self` and `nextPage` carry in their query besides the window; the request's own query when not given. */
  readonly linkQuery?: Readonly<Record<string, string>>;
}

/** One page of `values` in the platform API's offset envelope (`startAt`, `maxResults`, `total`, `isLast`). */
export function offsetPage<T>(req: JiraRequest, path: string, all: readonly T[], options: OffsetPageOptions = {}) {
  const { startAt, maxResults, items } = requestedPage(req, all, options.defaultSize ?? DEFAULT_PAGE_SIZE, options.maxSize);
  const isLast = startAt + maxResults >= all.length;
  const pageUrl = (start: number): string => {
    const query = new URLSearchParams(options.linkQuery ?? req.query);
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
    values: items,
  };
}
