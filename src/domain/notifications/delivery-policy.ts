/**
 * Why a message did not go out, as far as the sender can tell from Jira's answer.
 * - `deferred`: Jira did none of the work (429 rate limit, 503 resource limit): always retried, never counted.
 * - `failed`: no answer, or a 5xx other than 503. `maybeDone` says Jira may have queued the mail
 *   before it failed (a 500, 502 or 504), so that sending again may deliver it twice.
 * - `refused`: a 4xx that repeating cannot change (the issue is gone, nobody left to tell).
 */
export type DeliveryFailure =
  | { readonly kind: 'deferred'; readonly retryAfterMs: number | null; readonly reason: string }
  | { readonly kind: 'failed'; readonly maybeDone: boolean; readonly reason: string }
  | { readonly kind: 'refused'; readonly reason: string };

/** Counted failures after which a message gives up: with the backoff below, about a day of trying. */
export const MAX_DELIVERY_ATTEMPTS = 10;
/** The first retry's wait; each counted failure doubles it, up to MAX_BACKOFF_MS. The sweep looks every five minutes. */
const FIRST_BACKOFF_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 6 * 60 * 60_000;
/** A rate-limited message waits at least this long, or as long as Jira's Retry-After asked. */
const MIN_DEFER_MS = 60_000;

export type DeliveryStep =
  /** Try again at `at`; `attempts` is the new count of counted failures. */
  | { readonly kind: 'retry'; readonly attempts: number; readonly at: number }
  | { readonly kind: 'give_up'; readonly attempts: number };

/** How long after the `attempts`-th counted failure the next attempt waits. */
export const backoffAfter = (attempts: number): number => Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));

/**
 * What follows a failed delivery (the 5xx policy of the README's "How the app sends messages"). A 429 is always
 * retried and not counted: Jira did nothing, so however long it limits the app, the message is
 * neither lost nor sent twice. A 5xx or no answer is retried with backoff, up to
 * MAX_DELIVERY_ATTEMPTS: losing a regulated message is worse than the rare duplicate that a retry
 * after Jira queued the mail and still answered 500 costs. A refusal gives up at once.
 * @param attempts the counted failures before this one
 */
export const nextDeliveryStep = (failure: DeliveryFailure, attempts: number, now: number): DeliveryStep => {
  switch (failure.kind) {
    case 'deferred':
      return { kind: 'retry', attempts, at: now + Math.max(MIN_DEFER_MS, failure.retryAfterMs ?? 0) };
    case 'failed':
      return attempts + 1 >= MAX_DELIVERY_ATTEMPTS ? { kind: 'give_up', attempts: attempts + 1 } : { kind: 'retry', attempts: attempts + 1, at: now + backoffAfter(attempts + 1) };
    case 'refused':
      return { kind: 'give_up', attempts: attempts + 1 };
  }
};
