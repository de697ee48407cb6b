import { createSandbox } from '../../../sandbox/server';

/**
 * The sandbox in a process of its own, as `npm start` runs it (without building the Custom UI
 * apps, which the tests do not show), for a test that kills it:
 * `node --import tsx sandbox-process.ts <db file> <frozen clock ms>`. It prints `listening <url>`
 * once it answers, and stops as `npm start` does on SIGTERM.
 */
const main = async (): Promise<void> => {
  const [dbPath = '', frozenAt = ''] = process.argv.slice(2);
  const sandbox = await createSandbox({
    port: 0,
    dbPath,
    frozenClockAt: Number(frozenAt),
    seed: false,
    log: (line) => process.stderr.write(`sandbox: ${line}\n`),
  });
  process.stdout.write(`listening ${sandbox.url}\n`);
  process.on('SIGTERM', () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
};

main().catch((error: unknown) => {
  process.stderr.write(`sandbox process: failed to start: ${String(error)}\n`);
  process.exit(1);
});
