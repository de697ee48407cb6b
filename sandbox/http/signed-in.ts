import { unauthenticated } from '../jira/http/jira-error';
import type { PageViewer, RequestContext } from '../sandbox-services';

/** The viewer of a request, or Jira's 401 (and its body) when the request names nobody. */
export const requireViewer = (ctx: RequestContext): PageViewer => {
  if (ctx.viewer === null) throw unauthenticated();
  return ctx.viewer;
};
