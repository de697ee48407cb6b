import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/**
 * A private MariaDB server for one test run: its own data directory and a socket inside it,
 * and no TCP port at all, so two runs on one machine never meet. The server runs as strict
 * as MySQL 8 and TiDB do by default, where Forge SQL's statements must pass.
 */

/** MySQL 8's default sql_mode, which TiDB's matches. */
export const STRICT_SQL_MODE = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

// Debian installs the server outside a non-root PATH; the tests run as root in CI.
const SERVER = existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd';

// Small, and durable only as long as the run: the data dies with it.
const SERVER_OPTIONS = [
  '--skip-name-resolve',
  '--innodb-buffer-pool-size=32M',
  '--innodb-log-file-size=8M',
  '--innodb-flush-log-at-trx-commit=0',
  '--performance-schema=OFF',
  '--skip-log-bin',
  // Each test creates and drops its tables: without a file per table, a sync per write or a
  // doublewrite buffer, that DDL costs milliseconds rather than a second.
  '--innodb-file-per-table=0',
  '--innodb-doublewrite=0',
  '--sync-frm=0',
  '--character-set-server=utf8mb4',
];

export const socketIn = (dir: string): string => join(dir, 'mariadb.sock');

const STARTUP_MS = 90_000;
const POLL_MS = 200;

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode);
      return;
    }
    child.once('exit', (code) => {
      resolve(code);
    });
  });

/** Stops a process and everything it started (it leads its own process group), and waits for it. */
export const stopGroup = async (child: ChildProcess): Promise<void> => {
  const done = exited(child);
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // It had just gone.
    }
  }
  await done;
};

const logTail = async (log: string): Promise<string> => (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-15).join('\n');

const run = (command: string, args: readonly string[], log: string, track: (child: ChildProcess) => void): ChildProcess => {
  const child = spawn('/bin/sh', ['-c', `exec "$0" "$@" >>"${log}" 2>&1`, command, ...args], { detached: true, stdio: 'ignore' });
  track(child);
  return child;
};

const answers = async (socketPath: string): Promise<boolean> => {
  try {
    const connection = await createConnection({ socketPath, user: 'root' });
    await connection.end();
    return true;
  } catch {
    return false;
  }
};

/**
 * Makes a data directory under `dir` and starts a server on it; resolves once it answers, with
 * the server's process. Every process it starts is handed to `track` first, so that whoever
 * gives up on the start (a timeout, the end of the run) can stop it.
 */
export const startServer = async (dir: string, track: (child: ChildProcess) => void): Promise<ChildProcess> => {
  const log = join(dir, 'mariadb.log');
  const datadir = join(dir, 'data');
  const install = run(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${datadir}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db', ...SERVER_OPTIONS],
    log,
    track,
  );
  if ((await exited(install)) !== 0) throw new Error(`mariadb-install-db failed (is mariadb-server installed? scripts/ensure-mariadb.sh):\n${await logTail(log)}`);
  const server = run(
    SERVER,
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--user=root',
      '--skip-networking',
      `--socket=${socketIn(dir)}`,
      `--pid-file=${join(dir, 'mariadbd.pid')}`,
      `--sql-mode=${STRICT_SQL_MODE}`,
      ...SERVER_OPTIONS,
    ],
    log,
    track,
  );
  const deadline = Date.now() + STARTUP_MS;
  while (!(await answers(socketIn(dir)))) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`mariadbd stopped while starting:\n${await logTail(log)}`);
    if (Date.now() > deadline) {
      await stopGroup(server);
      throw new Error(`mariadbd did not answer within ${STARTUP_MS / 1000} s:\n${await logTail(log)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return server;
};

export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });
