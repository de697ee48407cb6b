/**
 * Numbers trail entries in the order written. Forge SQL calls share no counter (and TiDB's
 * AUTO_INCREMENT is not ordered across its servers), so the number is the writer's clock in
 * milliseconds, kept strictly rising within the process (a burst runs a few ms ahead of the
 * clock, which is harmless). It only breaks ties between entries of one complaint with the same
 * `at`, which in practice one call writes.
 */
export const createTrailSequence = (now: () => number = Date.now): (() => number) => {
  let last = 0;
  return () => {
    last = Math.max(last + 1, now());
    return last;
  };
};
