import type { Caller } from '../http/jira-request';
import type { JiraSite } from '../jira-site';

/** What rendering needs besides the data: the site, who looks, and in which API dialect. */
export interface RenderContext {
  readonly site: JiraSite;
  readonly baseUrl: string;
  /** v2 renders rich text as plain text, v3 as ADF. */
  readonly apiVersion: 2 | 3;
  readonly viewer: Caller;
}
