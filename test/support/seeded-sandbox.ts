import { createSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

/**
 * How long a hook may take to start the seeded sandbox: Set up project and fifty complaints
 * through the app take about ten seconds on an idle machine, many times that on two cores beside
 * another full test run.
 */
export const SEEDED_START_MS = 180_000;

/** The sandbox as `npm start` makes it, demo data included, in memory, its clock frozen at `frozenClockAt`. */
export const startSeededSandbox = (frozenClockAt: number, options: Pick<SandboxOptions, 'onListening'> = {}): Promise<Sandbox> =>
  createSandbox({ port: 0, dbPath: ':memory:', frozenClockAt, log: () => undefined, ...options });
