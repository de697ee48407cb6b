import { createClock } from '../../../sandbox/host/clock';
import { jumpClock } from '../../../sandbox/host/clock-jump';
import type { FunctionInvoker } from '../../../sandbox/host/function-invoker';
import type { ScheduledTriggerDef } from '../../../sandbox/host/manifest-model';
import { createScheduler } from '../../../sandbox/host/scheduler';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Friday 6 March 2026, 18:00 UTC.
const FRIDAY_EVENING = Date.UTC(2026, 2, 6, 18, 0);

const hhmm = (at: number): string => new Date(at).toISOString().slice(11, 16);

/** A frozen clock and a settle that notes the time at each stop. */
const stopsOf = (startAt: number) => {
  const clock = createClock({ frozenAt: startAt });
  const stops: number[] = [];
  const settle = () => {
    stops.push(clock.now());
    return Promise.resolve(['tick']);
  };
  return { clock, stops, settle };
};

describe('a clock jump', () => {
  it('stops at every whole hour inside it and at its end, the clock reading that time', async () => {
    const { clock, stops, settle } = stopsOf(FRIDAY_EVENING + 30 * MINUTE);
    const runs = await jumpClock({ clock, settle }, 2 * HOUR);
    expect(stops.map(hhmm)).toEqual(['19:00', '20:00', '20:30']);
    expect(runs).toEqual(stops.map((at) => ({ key: 'tick', at })));
    expect(clock.now()).toBe(FRIDAY_EVENING + 150 * MINUTE);
  });

  it('from a whole hour, stops 24 times in a day and ends exactly a day on', async () => {
    const { clock, stops, settle } = stopsOf(FRIDAY_EVENING);
    await jumpClock({ clock, settle }, DAY);
    expect(stops).toHaveLength(24);
    expect(stops.every((at) => at % HOUR === 0)).toBe(true);
    expect(clock.now()).toBe(FRIDAY_EVENING + DAY);
  });

  it('of less than the rest of the hour stops once, at its end; of nothing runs what is due now', async () => {
    const { clock, stops, settle } = stopsOf(FRIDAY_EVENING);
    await jumpClock({ clock, settle }, 5 * MINUTE);
    await jumpClock({ clock, settle }, 0);
    expect(stops.map(hhmm)).toEqual(['18:05', '18:05']);
  });

  it('ends at the hour it reached once the sandbox is stopping', async () => {
    const { clock, stops, settle } = stopsOf(FRIDAY_EVENING);
    await jumpClock({ clock, settle, stopped: () => stops.length === 3 }, DAY);
    expect(clock.now()).toBe(FRIDAY_EVENING + 3 * HOUR);
  });

  it('refuses to move backwards', async () => {
    const { clock, settle } = stopsOf(FRIDAY_EVENING);
    await expect(jumpClock({ clock, settle }, -1)).rejects.toThrow(RangeError);
    expect(clock.now()).toBe(FRIDAY_EVENING);
  });
});

describe('the manifest schedules through a week-long jump', () => {
  it('run the five-minute schedule once an hour, the daily one once a day, each at a whole hour', async () => {
    const clock = createClock({ frozenAt: FRIDAY_EVENING });
    const ran: { key: string; at: number }[] = [];
    const invoker: FunctionInvoker = {
      invoke: ({ moduleKey }) => {
        ran.push({ key: moduleKey, at: clock.now() });
        return Promise.resolve();
      },
    };
    const schedules: ScheduledTriggerDef[] = [
      { key: 'reminder-sweep-schedule', functionKey: 'reminder-sweep', interval: 'fiveMinute' },
      { key: 'daily-reconciliation-schedule', functionKey: 'daily-reconciliation', interval: 'day' },
    ];
    const scheduler = createScheduler({ schedules, invoker, now: clock.now, log: () => undefined });

    const runs = await jumpClock({ clock, settle: () => scheduler.runDue() }, 7 * DAY);

    const sweeps = ran.filter((r) => r.key === 'reminder-sweep-schedule');
    expect(sweeps).toHaveLength(7 * 24);
    expect(sweeps.map((r) => r.at)).toEqual(Array.from({ length: 7 * 24 }, (_, n) => FRIDAY_EVENING + (n + 1) * HOUR));
    expect(ran.filter((r) => r.key === 'daily-reconciliation-schedule').map((r) => hhmm(r.at))).toEqual(Array(7).fill('18:00'));
    expect(runs).toEqual(ran);
  });
});
