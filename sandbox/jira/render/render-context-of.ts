import type { JiraRequest } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import type { RenderContext } from './render-context';

/** Rendering for the caller of a request; servicedeskapi renders embedded Jira data as v3 does. */
export const renderContextOf = (site: JiraSite, req: JiraRequest): RenderContext => ({
  site,
  baseUrl: req.baseUrl,
  apiVersion: req.apiVersion ?? 3,
  viewer: req.caller,
});
