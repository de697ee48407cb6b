/** The sandbox's time: the wall clock plus an offset that POST /__sandbox/clock moves forward. */
export interface SandboxClock {
  readonly now: () => number;
  /** Moves time forward and returns the new now. */
  readonly advance: (ms: number) => number;
  /** How far the clock is ahead of where it started (persisted, so a restart keeps the jump). */
  readonly offset: () => number;
}

export interface ClockOptions {
  /** A frozen clock moves only when advanced: tests use it so nothing falls due on its own. */
  readonly frozenAt?: number;
  readonly initialOffset?: number;
  readonly wallNow?: () => number;
  readonly onAdvance?: (offset: number) => void;
}

export const createClock = ({ frozenAt, initialOffset = 0, wallNow = Date.now, onAdvance }: ClockOptions = {}): SandboxClock => {
  let offset = initialOffset;
  const base = (): number => frozenAt ?? wallNow();
  return {
    now: () => base() + offset,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The sandbox clock only moves forward');
      offset += ms;
      onAdvance?.(offset);
      return base() + offset;
    },
    offset: () => offset,
  };
};
