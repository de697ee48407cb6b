import { backoffAfter, MAX_DELIVERY_ATTEMPTS, nextDeliveryStep } from '../../../src/domain/notifications/delivery-policy';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 2, 2, 9);

describe('the delivery policy', () => {
  it('waits five minutes after the first counted failure, doubling to six hours at most', () => {
    expect(Array.from({ length: MAX_DELIVERY_ATTEMPTS }, (_, i) => backoffAfter(i + 1) / MINUTE)).toEqual([5, 10, 20, 40, 80, 160, 320, 360, 360, 360]);
  });

  it('keeps trying a failing message for about a day before it gives up', () => {
    const total = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => backoffAfter(i + 1)).reduce((a, b) => a + b, 0);
    expect(total / (60 * MINUTE)).toBeCloseTo(22.6, 1);
  });

  it('retries a 5xx counted, and gives up on the last allowed attempt', () => {
    const failed = { kind: 'failed', maybeDone: true, reason: '500' } as const;
    expect(nextDeliveryStep(failed, 0, NOW)).toEqual({ kind: 'retry', attempts: 1, at: NOW + 5 * MINUTE });
    expect(nextDeliveryStep(failed, MAX_DELIVERY_ATTEMPTS - 2, NOW)).toEqual({ kind: 'retry', attempts: MAX_DELIVERY_ATTEMPTS - 1, at: NOW + 360 * MINUTE });
    expect(nextDeliveryStep(failed, MAX_DELIVERY_ATTEMPTS - 1, NOW)).toEqual({ kind: 'give_up', attempts: MAX_DELIVERY_ATTEMPTS });
  });

  it('retries a rate limit uncounted, however many came before, after Retry-After or a minute, whichever is longer', () => {
    expect(nextDeliveryStep({ kind: 'deferred', retryAfterMs: 120_000, reason: '429' }, 7, NOW)).toEqual({ kind: 'retry', attempts: 7, at: NOW + 120_000 });
    expect(nextDeliveryStep({ kind: 'deferred', retryAfterMs: 1_000, reason: '429' }, MAX_DELIVERY_ATTEMPTS - 1, NOW)).toEqual({ kind: 'retry', attempts: MAX_DELIVERY_ATTEMPTS - 1, at: NOW + MINUTE });
    expect(nextDeliveryStep({ kind: 'deferred', retryAfterMs: null, reason: '503' }, 0, NOW)).toEqual({ kind: 'retry', attempts: 0, at: NOW + MINUTE });
  });

  it('gives up at once on a refusal', () => {
    expect(nextDeliveryStep({ kind: 'refused', reason: '404' }, 0, NOW)).toEqual({ kind: 'give_up', attempts: 1 });
  });
});
