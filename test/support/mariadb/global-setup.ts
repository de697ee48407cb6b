import type { ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopGroup } from './mariadb-server';
import { DIR_ENV, failedFile, readyFile } from './server-state';

/** What the set-up leaves to the teardown, in jest's main process. */
export interface RunServer {
  readonly dir: string;
  readonly children: Set<ChildProcess>;
  /** Settles when the server answers or could not start; never rejects. */
  starting: Promise<void>;
  stopping: boolean;
}

const KEY = Symbol.for('complaint-advocate.mariadb');

export const runServer = (): RunServer | undefined => (globalThis as Record<symbol, RunServer | undefined>)[KEY];

const killAll = (children: Iterable<ChildProcess>): void => {
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // It had just gone.
    }
  }
};

/** Writes a file the suites poll for whole: they must never read it half written. */
const announce = async (file: string, text: string): Promise<void> => {
  await writeFile(`${file}.part`, text);
  await rename(`${file}.part`, file);
};

// The suites create and drop tables in every test: on a busy disk that costs five times as long as in memory.
const memoryDir = (): string => (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

/**
 * jest's globalSetup: starts the run's private MariaDB server in the background and returns at
 * once, so that a run without the MariaDB suites waits for nothing; the suites wait for it
 * (`server-state.ts`). CA_MARIADB_ROOT picks where its directory goes (.ci/run's safety net).
 */
export default async function globalSetup(): Promise<void> {
  const dir = await mkdtemp(join(process.env.CA_MARIADB_ROOT ?? memoryDir(), 'ca-mariadb-'));
  process.env[DIR_ENV] = dir;
  const children = new Set<ChildProcess>();
  const state: RunServer = { dir, children, stopping: false, starting: Promise.resolve() };
  const track = (child: ChildProcess): void => {
    children.add(child);
    // A start the teardown has given up on must not leave a server behind.
    if (state.stopping) void stopGroup(child);
  };
  state.starting = startServer(dir, track).then(
    () => announce(readyFile(dir), ''),
    (error: unknown) => announce(failedFile(dir), error instanceof Error ? error.message : String(error)),
  )
    // Nothing is left to tell once the teardown has deleted the directory.
    .catch(() => undefined);
  (globalThis as Record<symbol, RunServer>)[KEY] = state;
  // jest stopped by a signal or a crash never calls the teardown.
  process.once('exit', () => {
    killAll(children);
    rmSync(dir, { recursive: true, force: true });
  });
}
