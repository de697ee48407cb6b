import { decideRetry, DEFAULT_RETRY_POLICY, parseRetryAfter, type FailedAttempt } from '../../../../src/adapters/forge/jira/retry-policy';

// The default policy: 4 attempts, backoff ceiling 500 ms doubling up to 8 s, Retry-After up to 30 s, 2 s kept back.
const failed = (overrides: Partial<FailedAttempt>): FailedAttempt => ({
  method: 'GET',
  path: '/rest/api/3/myself',
  status: 500,
  retryAfterMs: null,
  attempt: 1,
  remainingMs: 25_000,
  random: 0,
  ...overrides,
});

describe('decideRetry', () => {
  it.each<[string, Partial<FailedAttempt>, number]>([
    // ceiling = 500 · 2^(attempt−1), capped at 8000; delay = ceiling · (0.5 + random / 2)
    ['first 500, no jitter', { attempt: 1, random: 0 }, 250], // 500 · 0.5
    ['second 500, half jitter', { attempt: 2, random: 0.5 }, 750], // 1000 · 0.75
    ['third 502, half jitter', { status: 502, attempt: 3, random: 0.5 }, 1500], // 2000 · 0.75
    ['504 on a PUT', { method: 'PUT', status: 504 }, 250],
    ['500 on a DELETE', { method: 'DELETE', path: '/rest/api/3/issue/CMP-1/properties/x' }, 250],
    ['lower-case method', { method: 'get' }, 250],
    ['429 with Retry-After 2 s, no jitter', { status: 429, retryAfterMs: 2000, random: 0 }, 2000],
    ['429 with Retry-After 2 s, half jitter on top', { status: 429, retryAfterMs: 2000, random: 0.5 }, 2250], // 2000 + 0.5 · 500
    ['429 without Retry-After backs off', { status: 429, attempt: 2, random: 0 }, 500], // 1000 · 0.5
    ['429 at exactly the 30 s cap', { status: 429, retryAfterMs: 30_000, remainingMs: 60_000 }, 30_000],
    ['503 with Retry-After', { status: 503, retryAfterMs: 1000 }, 1000],
    ['POST refused by the rate limiter', { method: 'POST', path: '/rest/api/3/issue', status: 429, retryAfterMs: 1000 }, 1000],
    ['POST answered 503 before any work', { method: 'POST', path: '/rest/api/3/issue', status: 503 }, 250],
    ['read-only POST: search', { method: 'POST', path: '/rest/api/3/search/jql' }, 250],
    ['read-only POST: workflow validation', { method: 'POST', path: '/rest/api/3/workflows/create/validation', status: 502 }, 250],
  ])('retries %s after the right wait', (_name, overrides, delayMs) => {
    expect(decideRetry(DEFAULT_RETRY_POLICY, failed(overrides))).toEqual({ retry: true, delayMs });
  });

  it('caps the backoff ceiling at maxDelayMs', () => {
    // attempt 6: 500 · 2^5 = 16 000, capped at 8000; random 0 → 4000
    expect(decideRetry({ ...DEFAULT_RETRY_POLICY, maxAttempts: 10 }, failed({ attempt: 6 }))).toEqual({ retry: true, delayMs: 4000 });
  });

  it.each<[string, Partial<FailedAttempt>, string]>([
    ['400', { status: 400 }, 'not-retryable'],
    ['401', { status: 401 }, 'not-retryable'],
    ['403', { status: 403 }, 'not-retryable'],
    ['404', { status: 404 }, 'not-retryable'],
    ['409', { status: 409 }, 'not-retryable'],
    ['501', { status: 501 }, 'not-retryable'],
    ['500 on a create, which may have happened', { method: 'POST', path: '/rest/api/3/issue' }, 'not-retryable'],
    ['502 on a workflow create', { method: 'POST', path: '/rest/api/3/workflows/create', status: 502 }, 'not-retryable'],
    ['the fourth failed attempt', { attempt: 4 }, 'attempts-exhausted'],
    ['a fourth 429', { status: 429, retryAfterMs: 1000, attempt: 4 }, 'attempts-exhausted'],
    ['a Retry-After over 30 s', { status: 429, retryAfterMs: 31_000, remainingMs: 900_000 }, 'retry-after-too-long'],
    // 10 000 ms wait + 2000 ms margin = 12 000 > 11 000 left
    ['a Retry-After past the invocation deadline', { status: 429, retryAfterMs: 10_000, remainingMs: 11_000 }, 'deadline'],
    // attempt 3 with random 0.5: 2000 · 0.75 = 1500 ms + 2000 ms margin = 3500 > 3000 left
    ['a backoff past the invocation deadline', { attempt: 3, random: 0.5, remainingMs: 3000 }, 'deadline'],
  ])('gives up on %s', (_name, overrides, reason) => {
    expect(decideRetry(DEFAULT_RETRY_POLICY, failed(overrides))).toEqual({ retry: false, reason });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 2, 2, 12, 0, 0);

  it.each<[string, string | null, number | null]>([
    ['delay-seconds', '7', 7000],
    ['delay-seconds with spaces', ' 3 ', 3000],
    ['zero', '0', 0],
    ['an HTTP date 5 s ahead', 'Mon, 02 Mar 2026 12:00:05 GMT', 5000],
    ['an HTTP date already past', 'Mon, 02 Mar 2026 11:59:00 GMT', 0],
    ['no header', null, null],
    ['an empty header', '', null],
    ['nonsense', 'soon', null],
  ])('reads %s', (_name, header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
