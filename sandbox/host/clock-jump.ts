import type { SandboxClock } from './clock';

const HOUR_MS = 60 * 60_000;

/** A scheduled trigger that ran during a jump, and the sandbox time it ran at. */
export interface ScheduledRun {
  readonly key: string;
  readonly at: number;
}

export interface ClockJumpDeps {
  readonly clock: Pick<SandboxClock, 'now' | 'advance'>;
  /** Runs what fell due at the clock's time and waits for the work it set off; answers the schedules that ran. */
  readonly settle: () => Promise<string[]>;
  /** Asked before each stop: a sandbox that is shutting down ends the jump at the hour it reached. */
  readonly stopped?: () => boolean;
}

/**
 * Moves the clock forward by `ms` as if that time had passed. The jump stops at every whole hour
 * (UTC) inside it and at its end; at each stop the clock reads that time while what fell due runs,
 * and the work it set off (queue jobs, events) finishes before the clock moves on. Forge would
 * run a five-minute schedule every five minutes; stopping hourly keeps a week's jump to 168 sweeps,
 * and a reminder still goes out within the hour it falls due (at the day's start for one that fell
 * due overnight). A jump of 0 runs what is due now.
 */
export const jumpClock = async ({ clock, settle, stopped = () => false }: ClockJumpDeps, ms: number): Promise<ScheduledRun[]> => {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The sandbox clock only moves forward');
  const runs: ScheduledRun[] = [];
  const stop = async (): Promise<void> => {
    const at = clock.now();
    for (const key of await settle()) runs.push({ key, at });
  };
  if (ms === 0) {
    await stop();
    return runs;
  }
  for (let remaining = ms; remaining > 0 && !stopped(); ) {
    const intoHour = ((clock.now() % HOUR_MS) + HOUR_MS) % HOUR_MS;
    const step = Math.min(HOUR_MS - intoHour, remaining);
    clock.advance(step);
    remaining -= step;
    await stop();
  }
  return runs;
};
