import { JiraHttpError } from '../http/jira-error';

/**
 * Jira's rate limiting as a token bucket (developer.atlassian.com, "Rate limiting"): `perMinute`
 * calls a minute, up to `burst` at once. An empty bucket answers 429 with Retry-After in whole
 * seconds (rounded up, never early), X-RateLimit-Reset as the request time plus that wait in
 * Jira's `yyyy-MM-ddTHH:mmZ` form, the limit and what remains, and the reason header. A refused
 * call takes no token, and calling again before Retry-After is refused again, as on Jira.
 */
export interface QuotaBucket {
  /** Null when the call fits; otherwise Jira's 429. */
  take(now: number): JiraHttpError | null;
}

export const quotaBucket = (perMinute: number, burst: number, start: number): QuotaBucket => {
  const perMs = perMinute / 60_000;
  const capacity = Math.max(1, burst);
  let tokens = capacity;
  let last = start;
  return {
    take(now) {
      tokens = Math.min(capacity, tokens + Math.max(0, now - last) * perMs);
      last = Math.max(last, now);
      if (tokens >= 1) {
        tokens -= 1;
        return null;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      const reset = `${new Date(now + retryAfterSeconds * 1000).toISOString().slice(0, 16)}Z`;
      return new JiraHttpError(
        429,
        { errorMessages: ['Rate limit exceeded.'], errors: {} },
        {
          'Retry-After': String(retryAfterSeconds),
          'X-RateLimit-Reset': reset,
          'X-RateLimit-Limit': String(capacity),
          'X-RateLimit-Remaining': '0',
          'RateLimit-Reason': 'jira-quota-tenant-based',
        },
      );
    },
  };
};
