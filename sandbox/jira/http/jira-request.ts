import type { UserRecord } from '../store/user-store';

export type ApiFamily = 'api' | 'servicedeskapi';

/** Who is calling: a demo user, a customer, or the app's own user. */
export interface Caller {
  readonly user: UserRecord;
  readonly isApp: boolean;
}

/** A parsed REST call, as the route handlers see it. */
export interface JiraRequest {
  readonly method: string;
  readonly family: ApiFamily;
  /** 2 or 3 for the platform API; null for servicedeskapi. */
  readonly apiVersion: 2 | 3 | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly caller: Caller;
  /** The site URL the caller used, for `self` links. */
  readonly baseUrl: string;
  /** The caller sent `X-ExperimentalApi: opt-in`, which Jira Service Management's experimental endpoints require. */
  readonly experimentalOptIn: boolean;
}

export interface JiraResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Synchronous, except where Jira itself waits on an app (a search that calls an app's JQL function). */
export type RouteHandler = (req: JiraRequest) => JiraResponse | Promise<JiraResponse>;

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly family: ApiFamily;
  /** Path below the family root with `:name` segments, e.g. `/issue/:issueIdOrKey/comment`. */
  readonly pattern: string;
  readonly handler: RouteHandler;
  /** Answered without a caller too, as Jira does for `/serverInfo`. */
  readonly anonymous?: boolean;
}

export const ok = (body: unknown): JiraResponse => ({ status: 200, body });
export const created = (body?: unknown): JiraResponse => ({ status: 201, body });
export const noContent = (): JiraResponse => ({ status: 204 });
