import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Sandbox } from '../../sandbox/server';
import { SEEDED_START_MS, startSeededSandbox } from '../support/seeded-sandbox';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the browser tests leave their screenshots. */
export const RESULTS = path.join(ROOT, 'test-results');

/** How long a hook may take to start a session: a first install of Chromium and a first build of the apps come on top of seeding. */
export const BROWSER_START_MS = SEEDED_START_MS + 120_000;

export interface BrowserSession {
  readonly sandbox: Sandbox;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The seeded sandbox, its clock frozen at `frozenClockAt`, and a headless Chromium to look at it with. */
export const startBrowserSession = async (frozenClockAt: number): Promise<BrowserSession> => {
  // Both are quick no-ops when Chromium is there and the builds are fresh (npm test does them first).
  execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-static.js')], { stdio: 'inherit' });
  mkdirSync(RESULTS, { recursive: true });
  const sandbox = await startSeededSandbox(frozenClockAt);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM });
  } catch (error) {
    // The caller gets no session to close, and the sandbox's port would keep jest from exiting.
    await sandbox.close();
    throw error;
  }
  return {
    sandbox,
    browser,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await sandbox.close();
      }
    },
  };
};
