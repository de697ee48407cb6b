import type { JiraRequest } from './jira-request';
import { queryInt } from './query-params';

/** The part of a list a platform API request asks for with `startAt` and `maxResults`. */
export function requestedPage<T>(req: JiraRequest, all: readonly T[], defaultSize: number) {
  const startAt = queryInt(req.query, 'startAt', 0);
  const maxResults = queryInt(req.query, 'maxResults', defaultSize);
  return { startAt, maxResults, items: all.slice(startAt, startAt + maxResults) };
}
