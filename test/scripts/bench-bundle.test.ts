import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleBackend } from '../../scripts/bench-bundle';

/**
 * The backend bundle as Forge would deploy it must not grow back. design.md's budget is 400 KB
 * (`npm run bench` prints the figure against it); the bundle measured 583 KB when this ceiling was
 * set, Kysely (147 KB) and zod (99 KB) the largest parts after the app, so the ceiling sits just
 * above that: a dependency pulled in whole again (jira.js's clients were 285 KB, zod's locales
 * 355 KB) fails here. Bundling takes about a second. The customer portal (issue 16: the portal's
 * view, anonymous complaints, escalation and the customer's answer, with their messages in three
 * languages) took the app's own code to 601 KB, so the ceiling moved from 600 to 640 KiB: still far
 * below any of those dependencies pulled in again.
 */
const CEILING_BYTES = 640 * 1024;

describe('the backend bundle', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays under its ceiling, with neither jira.js nor zod locales inside', async () => {
    const { bytes, metafile } = await bundleBackend(path.join(dir, 'index.js'));
    // Inputs that left code in the output: esbuild lists the tree-shaken ones too, with 0 bytes.
    const inputs = Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([name]) => name));
    expect(inputs.filter((input) => input.includes('node_modules/jira.js/'))).toEqual([]);
    expect(inputs.filter((input) => /node_modules\/zod\/.*locales\/(?!en\.js)/.test(input))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(CEILING_BYTES);
  });
});
