import { createClock } from '../../../sandbox/host/clock';
import { createTimeKeeper } from '../../../sandbox/host/time-keeper';

const HOUR = 60 * 60_000;
const START = Date.UTC(2026, 2, 6, 18, 0);

/** A host whose every run of what fell due takes `runMs` of wall time and is noted with the sandbox time. */
const slowHost = (clock: { now: () => number }, runMs: number) => {
  const runs: number[] = [];
  let working = 0;
  return {
    runs,
    working: () => working,
    host: {
      runDue: async () => {
        working += 1;
        runs.push(clock.now());
        await new Promise((resolve) => setTimeout(resolve, runMs));
        working -= 1;
        return ['sweep'];
      },
      idle: () => Promise.resolve(),
    },
  };
};

describe('the time keeper', () => {
  it('skips a wall tick while a jump is under way, so the jump alone decides when things run', async () => {
    const clock = createClock({ frozenAt: START });
    const { host, runs } = slowHost(clock, 5);
    const keeper = createTimeKeeper({ clock, host, log: () => undefined });
    const jumping = keeper.jump(3 * HOUR);
    keeper.tick();
    await jumping;
    expect(runs).toEqual([START + HOUR, START + 2 * HOUR, START + 3 * HOUR]);
  });

  it('takes a reset in turn after a jump, never beside it', async () => {
    const clock = createClock({ frozenAt: START });
    const { host, working } = slowHost(clock, 5);
    const keeper = createTimeKeeper({ clock, host, log: () => undefined });
    const jumping = keeper.jump(2 * HOUR);
    const seen = await keeper.inTurn(() => Promise.resolve({ working: working(), at: clock.now() }));
    await jumping;
    expect(seen).toEqual({ working: 0, at: START + 2 * HOUR });
  });

  it('on shutdown ends a long jump at the next hour and waits for it', async () => {
    const clock = createClock({ frozenAt: START });
    const { host, working } = slowHost(clock, 5);
    const keeper = createTimeKeeper({ clock, host, log: () => undefined });
    const jumping = keeper.jump(7 * 24 * HOUR);
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(await keeper.drain(5_000)).toBe(true);
    expect(working()).toBe(0);
    await jumping;
    // The first hour's run was under way when the shutdown began; the jump went no further.
    expect(clock.now()).toBe(START + HOUR);
    keeper.tick();
    expect(working()).toBe(0);
  });

  it('does not start a jump that was still waiting for its turn when the shutdown began', async () => {
    const clock = createClock({ frozenAt: START });
    const { host, runs } = slowHost(clock, 5);
    const keeper = createTimeKeeper({ clock, host, log: () => undefined });
    const jumping = keeper.jump(HOUR);
    expect(await keeper.drain(5_000)).toBe(true);
    expect(await jumping).toEqual([]);
    expect(runs).toEqual([]);
  });

  it('gives up waiting after the bound', async () => {
    const clock = createClock({ frozenAt: START });
    const { host } = slowHost(clock, 300);
    const keeper = createTimeKeeper({ clock, host, log: () => undefined });
    const jumping = keeper.jump(HOUR);
    await new Promise((resolve) => setTimeout(resolve, 1));
    const began = Date.now();
    expect(await keeper.drain(20)).toBe(false);
    expect(Date.now() - began).toBeLessThan(250);
    await jumping;
  });
});
