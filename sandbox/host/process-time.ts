/**
 * Makes the sandbox clock the process's `Date.now`, so the app's handlers, which run in this
 * process and read the time as they would on Forge, see the time the sandbox fast-forwards.
 * `new Date()` without arguments keeps the wall time; the app never reads it. Returns the undo.
 */
export const useAsProcessTime = (now: () => number): (() => void) => {
  const original = Date.now;
  Date.now = now;
  return () => {
    Date.now = original;
  };
};
