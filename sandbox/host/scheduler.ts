import { SANDBOX_SITE } from './forge-runtime';
import type { FunctionInvoker } from './function-invoker';
import { SCHEDULE_INTERVALS_MS, type ScheduledTriggerDef } from './manifest-model';

export interface ScheduleState {
  readonly key: string;
  readonly interval: ScheduledTriggerDef['interval'];
  readonly nextRunAt: number;
}

export interface Scheduler {
  /**
   * Runs each scheduled trigger whose time has come, once, however many intervals the clock
   * jumped: a platform that missed ticks does not replay them. Returns the keys that ran.
   */
  runDue(): Promise<string[]>;
  /** Runs one scheduled trigger now, as `POST /__sandbox/scheduled/<key>` asks; throws what it threw. */
  runNow(key: string): Promise<void>;
  list(): ScheduleState[];
  /** Starts every schedule afresh from the current time. */
  restart(): void;
}

export const createScheduler = (deps: {
  schedules: readonly ScheduledTriggerDef[];
  invoker: FunctionInvoker;
  now: () => number;
  log: (line: string) => void;
}): Scheduler => {
  const byKey = new Map(deps.schedules.map((s) => [s.key, s]));
  const nextRunAt = new Map<string, number>();
  const restart = (): void => {
    for (const s of deps.schedules) nextRunAt.set(s.key, deps.now() + SCHEDULE_INTERVALS_MS[s.interval]);
  };
  restart();

  const invoke = (schedule: ScheduledTriggerDef): Promise<unknown> =>
    deps.invoker.invoke({
      functionKey: schedule.functionKey,
      moduleKey: schedule.key,
      event: { context: { cloudId: SANDBOX_SITE.cloudId, moduleKey: schedule.key } },
    });

  const runNow = async (key: string): Promise<void> => {
    const schedule = byKey.get(key);
    if (!schedule) throw new Error(`No scheduled trigger ${key} in the manifest`);
    await invoke(schedule);
  };

  return {
    runDue: async () => {
      const now = deps.now();
      const due = deps.schedules.filter((s) => (nextRunAt.get(s.key) ?? Infinity) <= now);
      for (const schedule of due) {
        const every = SCHEDULE_INTERVALS_MS[schedule.interval];
        const missed = Math.floor((now - (nextRunAt.get(schedule.key) ?? now)) / every) + 1;
        nextRunAt.set(schedule.key, (nextRunAt.get(schedule.key) ?? now) + missed * every);
        try {
          await invoke(schedule);
        } catch (error) {
          deps.log(`scheduled trigger ${schedule.key} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }
      return due.map((s) => s.key);
    },
    runNow,
    list: () => deps.schedules.map((s) => ({ key: s.key, interval: s.interval, nextRunAt: nextRunAt.get(s.key) ?? deps.now() })),
    restart,
  };
};
