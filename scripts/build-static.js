'use strict';
/**
 * Builds every Custom UI app under static/ (each folder with a vite.config.ts, except shared/)
 * into static/<app>/build, but only when the build is missing or older than its sources:
 * the app itself, static/shared, src/domain and package-lock.json. `--force` rebuilds all.
 * Prints one line per app with the gzip size of its JS; exits non-zero if any build fails.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

// React and the @atlaskit packages ship development code under any other NODE_ENV, and jest sets "test".
process.env.NODE_ENV = 'production';

const ROOT = path.resolve(__dirname, '..');
const STATIC_DIR = path.join(ROOT, 'static');
const SHARED_APP = 'shared';
const BUILD_DIR = 'build';
const CONFIG_FILE = 'vite.config.mts';

const appNames = () =>
  fs
    .readdirSync(STATIC_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== SHARED_APP)
    .filter((entry) => fs.existsSync(path.join(STATIC_DIR, entry.name, CONFIG_FILE)))
    .map((entry) => entry.name)
    .sort();

/** True if `target` (a file, or any file under a folder, minus `skip`) was modified after `since`. */
const hasNewer = (target, since, skip) => {
  if (target === skip || !fs.existsSync(target)) return false;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs > since;
  return fs.readdirSync(target).some((name) => hasNewer(path.join(target, name), since, skip));
};

const isStale = (app) => {
  const appDir = path.join(STATIC_DIR, app);
  const buildDir = path.join(appDir, BUILD_DIR);
  const marker = path.join(buildDir, 'index.html');
  if (!fs.existsSync(marker)) return true;
  const builtAt = fs.statSync(marker).mtimeMs;
  const inputs = [appDir, path.join(STATIC_DIR, SHARED_APP), path.join(ROOT, 'src', 'domain'), path.join(ROOT, 'package-lock.json')];
  return inputs.some((input) => hasNewer(input, builtAt, buildDir));
};

const jsFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });

/** design.md section 12: the JS of each Custom UI app, gzipped. */
const BUDGET_KB = 150;

/** Gzip size of all the JS an app ships, the figure that design.md budgets at 150 KB. */
const gzipKb = (app) => {
  const bytes = jsFiles(path.join(STATIC_DIR, app, BUILD_DIR)).reduce(
    (sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length,
    0,
  );
  return (bytes / 1024).toFixed(1);
};

/** The app's size line; an app over the budget fails the build, so `npm test` (which builds first) fails too. */
const sizeOf = (app) => {
  const kb = gzipKb(app);
  if (Number(kb) > BUDGET_KB) throw new Error(`JS ${kb} KB gzip is over the budget of ${BUDGET_KB} KB`);
  return `JS ${kb} KB gzip`;
};

const buildApp = async (app, force) => {
  if (!force && !isStale(app)) return `${app}: up to date, ${sizeOf(app)}`;
  const { build } = require('vite');
  const started = performance.now();
  await build({ configFile: path.join(STATIC_DIR, app, CONFIG_FILE), logLevel: 'warn' });
  const ms = Math.round(performance.now() - started);
  return `${app}: built in ${ms} ms, ${sizeOf(app)}`;
};

const main = async () => {
  const force = process.argv.includes('--force');
  let failed = 0;
  for (const app of appNames()) {
    try {
      console.log(await buildApp(app, force));
    } catch (error) {
      failed += 1;
      console.error(`${app}: build failed`);
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    }
  }
  if (failed > 0) process.exitCode = 1;
};

// `npm run bench` reads the sizes without building.
if (require.main === module) void main();
module.exports = { appNames, gzipKb };
