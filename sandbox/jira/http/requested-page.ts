import type { JiraRequest } from './jira-request';
import { queryInt } from './query-params';

/**
 * The part of a list a platform API request asks for with `startAt` and `maxResults`; a
 * `maxResults` above the endpoint's cap gets a page of the cap, as Jira answers.
 */
export function requestedPage<T>(req: JiraRequest, all: readonly T[], defaultSize: number, maxSize = Number.POSITIVE_INFINITY) {
  const startAt = queryInt(req.query, 'startAt', 0);
  const maxResults = Math.min(queryInt(req.query, 'maxResults', defaultSize), maxSize);
  return { startAt, maxResults, items: all.slice(startAt, startAt + maxResults) };
}
