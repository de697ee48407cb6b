import { asApp, asUser, assumeTrustedRoute, getAppContext, NeedsAuthenticationError, type Route } from '@forge/api';
import { setTimeout as delay } from 'node:timers/promises';
import type { Client, SendRequestOptions } from 'jira.js/core';
import { AppError } from '../../../domain/app-error';
import { assertAllowedEndpoint } from './endpoint-guard';
import { checkedAgainstSchema, readBody, type SchemaMismatch } from './jira-answer';
import { jiraErrorOf } from './jira-error-mapping';
import { decideRetry, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy } from './retry-policy';
import { withSearchParams } from './search-params';

const RATE_LIMITED = 429;

/** Whom Jira sees: the app's own user, or the user the invocation runs for. */
export type JiraActor = 'app' | 'user';

export interface ForgeJiraOptions {
  /** With 'user': act for this account rather than the invocation's user (needs `allowImpersonation`). */
  readonly accountId?: string;
  readonly retry?: Partial<RetryPolicy>;
  /** Injected in tests, which record the waits instead of sleeping. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** A draw from [0, 1) for the jitter. */
  readonly random?: () => number;
  readonly now?: () => number;
  /** By default, what the Forge runtime says is left of this invocation. */
  readonly remainingTimeMs?: () => number;
  /** Told of every 429, with its Retry-After, so that the whole installation slows down (README "How the app sends messages"). */
  readonly onRateLimited?: (retryAfterMs: number | null) => Promise<void>;
  /** 'warn' (the default) logs an answer that does not match jira.js's schema and passes it on. */
  readonly onSchemaMismatch?: SchemaMismatch;
}

type RequestJira = (route: Route, init: { method: string; headers: Record<string, string>; body?: string }) => ReturnType<ReturnType<typeof asApp>['requestJira']>;

const requesterFor = (actor: JiraActor, accountId: string | undefined): RequestJira =>
  actor === 'app' ? (route, init) => asApp().requestJira(route, init) : (route, init) => asUser(accountId).requestJira(route, init);

const initOf = (method: string, request: SendRequestOptions) => {
  const hasBody = request.body !== undefined && request.body !== null;
  // As jira.js does: a few Jira endpoints answer 415 to a bodyless write without a content type.
  const jsonType = hasBody || (method !== 'GET' && method !== 'HEAD');
  return {
    method,
    headers: { Accept: 'application/json', ...(jsonType ? { 'Content-Type': 'application/json' } : {}), ...request.headers },
    ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
  };
};

/**
 * A jira.js transport (`jira.js/core` Client) over Forge's requestJira. It refuses removed
 * endpoints before any call, retries by the retry policy, turns Jira's refusals into
 * JiraRestError (an AppError) and checks answers against jira.js's schemas.
 */
export const createForgeJiraTransport = (actor: JiraActor, options: ForgeJiraOptions = {}): Client => {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const requestJira = requesterFor(actor, options.accountId);
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const remainingTimeMs = options.remainingTimeMs ?? (() => getAppContext().invocationRemainingTimeInMillis());

  const send: RequestJira = async (route, init) => {
    try {
      return await requestJira(route, init);
    } catch (cause) {
      // Forge turns this one into the user's consent prompt: it must reach the platform as it is.
      if (cause instanceof NeedsAuthenticationError) throw cause;
      throw new AppError('JIRA_ERROR', `Jira could not be reached for ${init.method} ${route.value.split('?')[0] ?? ''}`, { cause });
    }
  };

  return {
    async sendRequest<T>(request: SendRequestOptions<T>): Promise<T> {
      const method = request.method ?? 'GET';
      const path = request.url;
      assertAllowedEndpoint(method, path);
      const route = assumeTrustedRoute(withSearchParams(path, request.searchParams));
      const init = initOf(method, request);
      for (let attempt = 1; ; attempt += 1) {
        const answer = await send(route, init);
        if (answer.ok) return checkedAgainstSchema(await readBody(answer), request.schema, `${method} ${path}`, options.onSchemaMismatch ?? 'warn');
        const body = await readBody(answer).catch(() => undefined);
        const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'), now());
        if (answer.status === RATE_LIMITED) await options.onRateLimited?.(retryAfterMs);
        const decision = decideRetry(policy, { method, path, status: answer.status, retryAfterMs, attempt, remainingMs: remainingTimeMs(), random: random() });
        if (!decision.retry) throw jiraErrorOf({ method, path, status: answer.status, body, retryAfterMs });
        await sleep(decision.delayMs);
      }
    },
  };
};
