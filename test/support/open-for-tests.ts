/** What a test opens that holds a port, a database or a browser until it is closed. */
export interface Closable {
  close(): Promise<void>;
}

/*
 * Why not `beforeAll(async () => { x = await start(); })` and `afterAll(() => x.close())`: jest
 * does not stop a hook that runs past its timeout, it only moves on. The closing hook then finds
 * nothing to close, `start` finishes later, and its server keeps jest from ever exiting. So the
 * closing hook waits for the start, however it went, and closes what it made. A start that threw
 * has nothing to hand over: each harness closes its own half-made parts before it throws.
 */
const lifetime = <T extends Closable>(start: () => Promise<T>) => {
  let starting: Promise<T> | undefined;
  let opened: T | undefined;
  return {
    open: async (): Promise<void> => {
      starting = start();
      opened = await starting;
    },
    close: async (): Promise<void> => {
      const pending = starting;
      starting = undefined;
      opened = undefined;
      const made = await pending?.catch(() => undefined);
      await made?.close();
    },
    current: (): T => {
      if (opened === undefined) throw new Error('Nothing is open: the set-up failed or ran out of time (see the hook’s error)');
      return opened;
    },
  };
};

/**
 * Opens with `start` before the tests of the file (or of the describe block it is called in) and
 * closes after them; each hook may take `timeoutMs`. Returns what is open, for the tests to use.
 */
export const openForSuite = <T extends Closable>(start: () => Promise<T>, timeoutMs: number): (() => T) => {
  const resource = lifetime(start);
  beforeAll(resource.open, timeoutMs);
  afterAll(resource.close, timeoutMs);
  return resource.current;
};

/** As `openForSuite`, but a fresh one for each test. */
export const openForEachTest = <T extends Closable>(start: () => Promise<T>, timeoutMs: number): (() => T) => {
  const resource = lifetime(start);
  beforeEach(resource.open, timeoutMs);
  afterEach(resource.close, timeoutMs);
  return resource.current;
};
