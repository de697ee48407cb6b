import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DB_PATH, MEMORY } from './databases';
import { createSandbox, DEFAULT_PORT } from './server';

/**
 * `npm start`: builds the Custom UI apps if they are missing or stale, then serves the whole
 * sandbox on PORT (default 4000). `--db <file>` picks the SQLite file (default
 * .sandbox-data/sandbox.db), `--memory` keeps everything in memory.
 */
const ROOT = path.resolve(__dirname, '..');

const { values } = parseArgs({
  options: { db: { type: 'string' }, memory: { type: 'boolean', default: false }, port: { type: 'string' } },
});

const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${String(values.port ?? process.env.PORT)}`);
const dbPath = values.memory ? MEMORY : path.resolve(ROOT, values.db ?? DEFAULT_DB_PATH);

const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-static.js')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) console.warn('sandbox: building the Custom UI apps failed; their frames will show an error until they build');

const database = dbPath === MEMORY ? 'in memory' : path.relative(ROOT, dbPath);

const main = async (): Promise<void> => {
  const sandbox = await createSandbox({
    port,
    dbPath,
    onListening: ({ url, seeding }) => {
      console.log(`\nComplaint Advocate sandbox: ${url}  (database: ${database})`);
      if (seeding) console.log('Creating the demo data, which takes a while; the pages answer meanwhile and show how far it got.');
    },
  });
  console.log('The demo data is ready. Ctrl-C stops the sandbox.');
  let stopping = false;
  const stop = (): void => {
    // A second Ctrl-C does not wait for the app's work in flight.
    if (stopping) process.exit(1);
    stopping = true;
    console.log('Stopping: the app finishes what it is doing first (Ctrl-C again to quit at once).');
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error('sandbox: failed to start', error);
  process.exit(1);
});
