/**
 * When a failed Jira call is tried again, and after how long. Pure: the transport feeds it the
 * failed attempt, the invocation's remaining time and a random number, and sleeps as told.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Backoff ceiling of the first retry; it doubles on each further retry. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A longer Retry-After is not waited out inside an invocation: the caller hands it to Forge instead. */
  readonly maxRetryAfterMs: number;
  /** Time kept back after a wait, for the retried call itself and for the answer to the caller. */
  readonly deadlineMarginMs: number;
  /** False for a caller that hands a 429 back at once: the outbox, which pauses every sender instead. */
  readonly retryRateLimited: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  deadlineMarginMs: 2_000,
  retryRateLimited: true,
};

export interface FailedAttempt {
  readonly method: string;
  /** The REST path without its query, e.g. `/rest/api/3/search/jql`. */
  readonly path: string;
  readonly status: number;
  /** The answer's Retry-After, if it had a readable one. */
  readonly retryAfterMs: number | null;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** What is left of the Forge invocation. */
  readonly remainingMs: number;
  /** A draw from [0, 1), for the jitter. */
  readonly random: number;
}

export type GiveUpReason = 'not-retryable' | 'attempts-exhausted' | 'retry-after-too-long' | 'deadline';

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly reason: GiveUpReason };

const RATE_LIMITED = 429;
const SERVICE_UNAVAILABLE = 503;
const TRANSIENT_5XX: ReadonlySet<number> = new Set([500, 502, SERVICE_UNAVAILABLE, 504]);
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

// POSTs that only read: Jira takes their query in the body, so repeating one changes nothing.
const READ_ONLY_POSTS: ReadonlySet<string> = new Set([
  '/search/jql',
  '/search/approximate-count',
  '/issue/bulkfetch',
  '/changelog/bulkfetch',
  '/expression/evaluate',
  '/jql/match',
  '/jql/parse',
  '/workflows',
  '/workflows/create/validation',
  '/workflows/update/validation',
  '/workflowscheme/read',
  '/workflowscheme/update/mappings',
]);

const isReadOnlyPost = (path: string): boolean => READ_ONLY_POSTS.has(path.replace(/^\/rest\/api\/[23]/, ''));

/**
 * Jira refuses a call with 429 (rate limit) or 503 (resource limit) before doing any of its work,
 * so any method may be sent again. After a 500, 502 or 504 a write may already have happened:
 * only idempotent methods and read-only POSTs are repeated, and a failed create surfaces to the
 * caller, whose own steps are idempotent (provisioning looks before it creates).
 */
const isRetryable = (policy: RetryPolicy, method: string, path: string, status: number): boolean => {
  if (status === RATE_LIMITED) return policy.retryRateLimited;
  if (status === SERVICE_UNAVAILABLE) return true;
  if (!TRANSIENT_5XX.has(status)) return false;
  return IDEMPOTENT_METHODS.has(method) || (method === 'POST' && isReadOnlyPost(path));
};

/** Exponential backoff with "equal jitter": never below half the ceiling, so a retry always waits. */
const backoffMs = (policy: RetryPolicy, attempt: number, random: number): number => {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random / 2));
};

/**
 * Jitter goes on top of a Retry-After, never below it: coming back earlier meets the same limit,
 * and callers released at the same instant would meet it together.
 */
const waitFor = (policy: RetryPolicy, failed: FailedAttempt): number =>
  failed.retryAfterMs === null
    ? backoffMs(policy, failed.attempt, failed.random)
    : failed.retryAfterMs + Math.round(failed.random * policy.baseDelayMs);

export const decideRetry = (policy: RetryPolicy, failed: FailedAttempt): RetryDecision => {
  if (!isRetryable(policy, failed.method.toUpperCase(), failed.path, failed.status)) return { retry: false, reason: 'not-retryable' };
  if (failed.attempt >= policy.maxAttempts) return { retry: false, reason: 'attempts-exhausted' };
  if (failed.retryAfterMs !== null && failed.retryAfterMs > policy.maxRetryAfterMs) return { retry: false, reason: 'retry-after-too-long' };
  const delayMs = waitFor(policy, failed);
  if (delayMs + policy.deadlineMarginMs > failed.remainingMs) return { retry: false, reason: 'deadline' };
  return { retry: true, delayMs };
};

/** Retry-After as delay-seconds (what Jira sends) or an HTTP date; null when absent or unreadable. */
export const parseRetryAfter = (header: string | null, nowMs: number): number | null => {
  const value = header?.trim() ?? '';
  if (value === '') return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
};
