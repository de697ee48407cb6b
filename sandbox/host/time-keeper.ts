import type { SandboxClock } from './clock';
import { jumpClock, type ScheduledRun } from './clock-jump';
import type { ForgeHost } from './forge-host';

/**
 * Everything that moves the sandbox's time or runs what fell due on it: the wall ticker, clock
 * jumps and resets take turns, so a jump's hour-by-hour steps never interleave with another
 * jump or a tick, and a shutdown can wait for the lot.
 */
export interface TimeKeeper {
  /** Runs what fell due on the clock, then waits until the work it set off has finished. */
  readonly settle: () => Promise<string[]>;
  /** Moves the clock forward as if the time had passed (see `jumpClock`), after any clock work already under way. */
  jump(ms: number): Promise<ScheduledRun[]>;
  /** The wall ticker's beat: runs what fell due, unless other clock work is under way; the next beat catches up. */
  tick(): void;
  /** Runs `work` in turn with jumps and beats (a reset, which moves the clock itself). */
  inTurn<T>(work: () => Promise<T>): Promise<T>;
  /**
   * For a shutdown: beats stop, a jump ends at the next hour it reaches, and this waits, at most
   * `timeoutMs`, for the clock work and the host's triggers and consumers. Answers whether all finished.
   */
  drain(timeoutMs: number): Promise<boolean>;
}

export const createTimeKeeper = (deps: {
  clock: Pick<SandboxClock, 'now' | 'advance'>;
  host: Pick<ForgeHost, 'runDue' | 'idle'>;
  log: (line: string) => void;
}): TimeKeeper => {
  let last: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let draining = false;

  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    waiting += 1;
    const run = last.then(work).finally(() => {
      waiting -= 1;
    });
    last = run.catch(() => undefined);
    return run;
  };
  const settle = async (): Promise<string[]> => {
    const ran = await deps.host.runDue();
    await deps.host.idle();
    return ran;
  };

  return {
    settle,
    jump: (ms) => inTurn(() => jumpClock({ clock: deps.clock, settle, stopped: () => draining }, ms)),
    tick: () => {
      if (waiting > 0 || draining) return;
      inTurn(() => deps.host.runDue()).catch((error: unknown) => {
        deps.log(`running what fell due failed: ${String(error)}`);
      });
    },
    inTurn,
    drain: async (timeoutMs) => {
      draining = true;
      const finished = (async () => {
        while (waiting > 0) await last;
        await deps.host.idle();
        return true;
      })();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => {
          resolve(false);
        }, timeoutMs);
      });
      try {
        return await Promise.race([finished, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
};
