import { batchSizeFor, FIRST_PAUSE_MS, MAX_PAUSE_MS, MAX_SEND_BATCH, PACING_HORIZON_MS, pauseAfterRateLimit, planSends } from '../../../src/domain/notifications/send-pacing';

const NOW = 1_000_000;
const items = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('planSends', () => {
  it('gives each item a slot at the rate and sends a batch only once its last slot has come', () => {
    const plan = planSends(items(25), { now: NOW, sendsPerMinute: 100, slotsUntil: null, pausedUntil: null });
    expect(plan.batches.map((b) => [b.items.length, b.at - NOW])).toEqual([
      [10, 5_400],
      [10, 11_400],
      [5, 14_400],
    ]);
    expect(plan.slotsUntil).toBe(NOW + 15_000);
    expect(plan.left).toEqual([]);
  });

  it('never runs ahead of the rate: by any batch, the messages sent fit the minutes since the first slot, plus one', () => {
    for (const rate of [1, 7, 60, 100, 599, 600]) {
      const plan = planSends(items(5_000), { now: NOW, sendsPerMinute: rate, slotsUntil: null, pausedUntil: null });
      let sent = 0;
      for (const batch of plan.batches) {
        sent += batch.items.length;
        expect(sent).toBeLessThanOrEqual(((batch.at - NOW) * rate) / 60_000 + 1);
      }
    }
  });

  it('starts after the slots already handed out and after a pause, and leaves what does not fit in the horizon', () => {
    // Ten a minute: a batch of one every six seconds.
    const afterSlots = planSends(items(3), { now: NOW, sendsPerMinute: 10, slotsUntil: NOW + 4_000, pausedUntil: null });
    expect(afterSlots.batches.map((b) => b.at)).toEqual([NOW + 4_000, NOW + 10_000, NOW + 16_000]);
    const afterPause = planSends(items(3), { now: NOW, sendsPerMinute: 10, slotsUntil: NOW + 4_000, pausedUntil: NOW + 30_000 });
    expect(afterPause.batches[0]?.at).toBe(NOW + 30_000);
    const full = planSends(items(5_000), { now: NOW, sendsPerMinute: 10, slotsUntil: null, pausedUntil: null });
    expect(full.left).toHaveLength(5_000 - 100);
    expect(full.slotsUntil).toBe(NOW + PACING_HORIZON_MS);
    expect(planSends(items(3), { now: NOW, sendsPerMinute: 10, slotsUntil: NOW + PACING_HORIZON_MS, pausedUntil: null })).toEqual({ batches: [], slotsUntil: NOW + PACING_HORIZON_MS, left: [0, 1, 2] });
  });

  it('keeps slots of the past for nobody: an idle installation starts now', () => {
    expect(planSends(items(1), { now: NOW, sendsPerMinute: 10, slotsUntil: NOW - 60_000, pausedUntil: NOW - 1 }).batches).toEqual([{ items: [0], at: NOW }]);
  });
});

describe('batchSizeFor', () => {
  it('is a tenth of a minute of sends, at least one and at most what one invocation sends', () => {
    expect([1, 10, 25, 100, 250, 600].map(batchSizeFor)).toEqual([1, 1, 2, 10, 25, MAX_SEND_BATCH]);
  });
});

describe('pauseAfterRateLimit', () => {
  it("waits out Jira's Retry-After when it gave one", () => {
    expect(pauseAfterRateLimit(12_000, NOW, NOW + 100_000)).toBe(NOW + 12_000);
  });

  it('without one, backs off: doubling the pause still running, within bounds', () => {
    expect(pauseAfterRateLimit(null, NOW, null)).toBe(NOW + FIRST_PAUSE_MS);
    expect(pauseAfterRateLimit(null, NOW, NOW - 5)).toBe(NOW + FIRST_PAUSE_MS);
    expect(pauseAfterRateLimit(null, NOW, NOW + 40_000)).toBe(NOW + 80_000);
    expect(pauseAfterRateLimit(null, NOW, NOW + MAX_PAUSE_MS)).toBe(NOW + MAX_PAUSE_MS);
  });
});
