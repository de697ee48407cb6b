/**
 * Pacing under Jira's quotas, on the sandbox: many reminders fall due at once, the app is set to
 * send faster than the emulated quota allows, and Jira's 429s pause every sender of the installation.
 */
import { sweepScene, TUESDAY_10AM, type SweepScene } from '../../../scripts/sweep-scene';

jest.setTimeout(120_000);

const DUE = 40;
let scene: SweepScene;

beforeAll(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  // Sixty a minute against a quota of twenty a minute, five at once.
  scene = await sweepScene({ sendsPerMinute: 60, quota: { quotaPerMinute: 20, quotaBurst: 5 } });
  scene.fill(DUE, DUE);
  const { clock } = scene.sandbox.services;
  clock.advance(TUESDAY_10AM - clock.now());
  await scene.sweepUntilDrained();
});

afterAll(async () => {
  await scene.close();
  jest.restoreAllMocks();
});

describe('reminders falling due together under a tight quota', () => {
  it('all go out, none lost and none twice', () => {
    // The registered complaint's routing message and one reminder for each due complaint; apart, Tuesday's digest for the advocate group.
    expect(scene.messages()).toEqual({ pending: 0, sent: DUE + 1, gaveUp: 0, digestsSent: 1 });
    expect(scene.seen.notified).toHaveLength(DUE + 2);
  });

  it('meet 429s, and each pauses every sender: Jira accepts nothing until its Retry-After is over', () => {
    expect(scene.seen.limited.length).toBeGreaterThan(0);
    for (const { at, until } of scene.seen.limited) {
      expect(until).toBeGreaterThan(at);
      expect(scene.seen.notified.filter((t) => t > at && t < until)).toEqual([]);
    }
  });

});
