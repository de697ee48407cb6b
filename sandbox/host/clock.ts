/** The sandbox's time: the wall clock plus an offset that POST /__sandbox/clock moves forward. */
export interface SandboxClock {
  readonly now: () => number;
  /** Moves time forward and returns the new now. */
  readonly advance: (ms: number) => number;
  /**
   * Moves time back. Only a reset may: it wipes first everything that remembers a time (issues,
   * the app's storage, schedules, queued work), so nothing sees time run backwards.
   */
  readonly rewind: (ms: number) => number;
  /** How far the clock is ahead of where it started (persisted, so a restart keeps the jump). */
  readonly offset: () => number;
}

export interface ClockOptions {
  /** A frozen clock moves only when advanced: tests use it so nothing falls due on its own. */
  readonly frozenAt?: number;
  readonly initialOffset?: number;
  readonly wallNow?: () => number;
  /** Hears every change of the offset, to persist it. */
  readonly onAdvance?: (offset: number) => void;
}

const checked = (ms: number, what: string): number => {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`The sandbox clock ${what} by a non-negative number of milliseconds`);
  return ms;
};

export const createClock = ({ frozenAt, initialOffset = 0, wallNow = Date.now, onAdvance }: ClockOptions = {}): SandboxClock => {
  let offset = initialOffset;
  const base = (): number => frozenAt ?? wallNow();
  const move = (by: number): number => {
    offset += by;
    onAdvance?.(offset);
    return base() + offset;
  };
  return {
    now: () => base() + offset,
    advance: (ms) => move(checked(ms, 'moves forward')),
    rewind: (ms) => move(-checked(ms, 'moves back')),
    offset: () => offset,
  };
};
