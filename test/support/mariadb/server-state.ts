import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { socketIn } from './mariadb-server';

/**
 * How the run's MariaDB server (started by `global-setup.ts`) tells the test files where it is:
 * the environment names its directory, and a file there says whether it answers yet.
 */
export const DIR_ENV = 'CA_MARIADB_DIR';

export const readyFile = (dir: string): string => join(dir, 'ready');
export const failedFile = (dir: string): string => join(dir, 'failed');

const WAIT_MS = 120_000;

/** The socket of the run's server once it answers; throws, saying why, when there is none. */
export const serverSocket = async (): Promise<string> => {
  const dir = process.env[DIR_ENV];
  if (dir === undefined) throw new Error(`No MariaDB server: ${DIR_ENV} is unset. Run the tests through jest.config.js, whose globalSetup starts one.`);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (existsSync(readyFile(dir))) return socketIn(dir);
    if (existsSync(failedFile(dir))) throw new Error(`The run's MariaDB server did not start: ${readFileSync(failedFile(dir), 'utf8')}`);
    if (!existsSync(dir)) throw new Error(`The run's MariaDB directory ${dir} is gone`);
    if (Date.now() > deadline) throw new Error(`The run's MariaDB server was not ready within ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
