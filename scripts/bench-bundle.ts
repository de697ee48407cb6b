/**
 * The backend bundle as Forge would deploy it, and what loading it costs a cold start.
 *
 * Forge's bundler (webpack, in the CLI) compiles each handler file named in the manifest, here
 * src/index.ts, into one CommonJS file with every npm dependency inside it, @forge/* included
 * (their runtime parts reach the platform through globals the Node runtime sets); only Node's
 * built-ins stay outside. We mirror that with esbuild (platform node, target node22, CommonJS,
 * minified), which is what node_modules holds; webpack's output differs by a few percent.
 * Part of `npm run bench`; `test/scripts/bench-bundle.test.ts` holds the size to its budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { median, type Scale } from './bench-budget';

const TOP_PACKAGES = 8;

export interface BundleFigures {
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Minified bytes by npm package, the app's own code as `(app)`, largest first. */
  readonly topContributors: readonly { readonly name: string; readonly bytes: number }[];
  /** Fresh `node` processes that require the bundle, against as many that require nothing. */
  readonly load: {
    readonly runs: number;
    /** Median wall time of a process that loads the bundle, less that of a bare one. */
    readonly overBareNodeMs: number;
    /** Median CPU time the require itself took, measured inside the process. */
    readonly requireCpuMs: number;
  };
}

const ROOT = path.resolve(__dirname, '..');

/** The package an input file belongs to: `name` or `@scope/name` after the last node_modules, else the app. */
const packageOf = (input: string): string => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
  return match?.[1] ?? '(app)';
};

const contributors = (metafile: Metafile): BundleFigures['topContributors'] => {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) bytes.set(packageOf(input), (bytes.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_PACKAGES)
    .map(([name, size]) => ({ name, bytes: size }));
};

/** Bundles src/index.ts as Forge would, into `outfile`. */
export const bundleBackend = async (outfile: string): Promise<{ bytes: number; metafile: Metafile }> => {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    metafile: true,
    outfile,
    logLevel: 'error',
  });
  return { bytes: readFileSync(outfile).length, metafile: result.metafile };
};

/** Wall time of one fresh process, and the CPU its script reports. */
const timeProcess = (script: string): { wallMs: number; cpuMs: number } => {
  const started = performance.now();
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return { wallMs: performance.now() - started, cpuMs: Number(out.trim() || '0') };
};

const cpuAround = (body: string) => `const c = process.cpuUsage(); ${body}; const u = process.cpuUsage(c); process.stdout.write(String((u.user + u.system) / 1000));`;

const measureLoad = (bundle: string, runs: number): BundleFigures['load'] => {
  const bare: number[] = [];
  const loaded: number[] = [];
  const cpu: number[] = [];
  // Interleaved, so a burst of load on the machine falls on both sides alike.
  for (let i = 0; i < runs; i += 1) {
    bare.push(timeProcess(cpuAround('')).wallMs);
    const run = timeProcess(cpuAround(`require(${JSON.stringify(bundle)})`));
    loaded.push(run.wallMs);
    cpu.push(run.cpuMs);
  }
  return { runs, overBareNodeMs: Math.round(median(loaded) - median(bare)), requireCpuMs: Math.round(median(cpu)) };
};

/** The bundle's size and contributors, and its load time over `scale` ('smoke': 3 runs, 'full': 15). */
export const measureBundle = async (scale: Scale): Promise<BundleFigures> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundle-'));
  try {
    const outfile = path.join(dir, 'index.js');
    const { bytes, metafile } = await bundleBackend(outfile);
    return {
      minifiedBytes: bytes,
      gzipBytes: gzipSync(readFileSync(outfile)).length,
      topContributors: contributors(metafile),
      load: measureLoad(outfile, scale === 'smoke' ? 3 : 15),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
