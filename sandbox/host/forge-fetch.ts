import { identityHeaders, type JiraCaller } from './identity-headers';
import type { ForgeFetch, ForgeFetchTarget, Invocation } from './invocation';
import type { KvsService } from './kvs-service';
import type { QueueService } from './queue-service';
import { toResponse, type ServiceReply } from './service-reply';
import type { SqlService } from './sql-service';

export interface ForgeFetchDeps {
  /** The sandbox's own origin; the Jira emulator answers under /rest there. */
  readonly baseUrl: () => string;
  readonly hostToken: string;
  readonly kvs: KvsService;
  readonly sql: SqlService;
  readonly queue: QueueService;
}

const jsonBody = (init: RequestInit | undefined): unknown => (typeof init?.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined);

// What the Forge proxy answers when asUser has nobody to act for; @forge/api turns it into NeedsAuthenticationError.
const needsAuthentication = (): Response => new Response(null, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });

const callerOf = (target: ForgeFetchTarget, invocation: Invocation): JiraCaller | null => {
  if (target.provider !== 'user') return { provider: 'app' };
  const accountId = target.accountId ?? invocation.accountId;
  return accountId ? { provider: 'user', accountId } : null;
};

/**
 * `global.__forge_fetch__` of the sandbox. Jira calls go over HTTP to the emulator with the
 * caller in x-forge headers (asApp → app; asUser → that user, by default the invocation's);
 * KVS, SQL and the async-event queue are answered in-process.
 */
export const createForgeFetch =
  (deps: ForgeFetchDeps): ForgeFetch =>
  async (target, path, init, invocation) => {
    const service = (handle: (path: string, body: unknown) => ServiceReply): Response => toResponse(handle(path, jsonBody(init)));
    if (target.type === 'kvs') return service(deps.kvs);
    if (target.type === 'sql') return service(deps.sql);
    if (target.type === 'fpp' && target.remote === 'stargate') return service((servicePath, body) => deps.queue.handle(servicePath, body));
    if (target.type === 'fpp' && target.remote === 'jira') {
      const caller = callerOf(target, invocation);
      if (!caller) return needsAuthentication();
      const headers = new Headers(init?.headers);
      for (const [name, value] of Object.entries(identityHeaders(caller, deps.hostToken))) headers.set(name, value);
      return fetch(new URL(path, deps.baseUrl()), { ...init, headers });
    }
    throw new Error(`The sandbox has no ${target.type}/${target.remote ?? target.provider ?? '?'} remote (path ${path})`);
  };
