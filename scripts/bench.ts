/**
 * `npm run bench` (add `-- --smoke` for small sizes): the budgets of design.md section 12,
 * printed as one JSON object on stdout. Speed goals live here, never in timed unit tests. What
 * the sandbox and the app log while being measured goes to stderr, so stdout stays parseable.
 */
import { runBench } from './bench-run';

const toStderr = (...args: unknown[]): void => {
  process.stderr.write(`${args.map(String).join(' ')}\n`);
};
console.log = toStderr;
console.info = toStderr;

runBench(process.argv.includes('--smoke') ? 'smoke' : 'full').then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.allPass) process.exitCode = 1;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
