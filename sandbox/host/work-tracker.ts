/**
 * Keeps the host's background work (event deliveries, queue jobs) countable, so the control
 * API and the tests can wait until everything an action set off has finished.
 */
export interface WorkTracker {
  track(work: Promise<unknown>): void;
  /** Resolves once nothing is in flight, including work that in-flight work started. */
  idle(): Promise<void>;
  /** How many pieces of work are in flight now. */
  pending(): number;
}

export const createWorkTracker = (): WorkTracker => {
  const inFlight = new Set<Promise<unknown>>();
  return {
    track: (work) => {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
    },
    idle: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    pending: () => inFlight.size,
  };
};
