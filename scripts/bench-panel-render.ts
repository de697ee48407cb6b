/**
 * The panel's first render with data, measured in Chromium on the seeded sandbox over ten loads
 * of the same complaint: cold (each load in a fresh browser context, nothing cached) and warm (one
 * context, the app's files cached, as for people who open complaints every day). Each is timed
 * from the moment the issue page asks for the panel's frame (what the app controls) to the panel
 * showing the complaint's history, and, for comparison, from asking for the whole issue page,
 * which the sandbox renders in place of Jira. Each load also splits where the frame's time went:
 * its HTML, its scripts and styles, the resolver call (the bridge's round trip through the host),
 * and what is left for React to render. Part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page, type Request } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../sandbox/jira';
import { createSandbox } from '../sandbox/server';
import { translate } from '../static/shared/i18n/translate';
import { median, type Scale } from './bench-budget';

const LOADS = { full: 10, smoke: 2 } as const;

/** Ten loads of the panel: from the frame's request, and from the page's, to the data on screen. */
export interface RenderTimes {
  readonly loads: number;
  /** From the frame's request to the data on screen. */
  readonly medianMs: number;
  readonly slowestMs: number;
  /** From the issue page's request to the panel's data on screen. */
  readonly pageMedianMs: number;
  /** Medians of where the frame's time went, each from the frame's request. */
  readonly phasesMs: Phases;
}

/** Milestones of one load, in ms from the frame's request. */
export interface Phases {
  /** The frame's HTML received. */
  readonly html: number;
  /** The last of its scripts and styles received. */
  readonly assets: number;
  /** The resolver call asked for, through the host's bridge. */
  readonly resolverAsked: number;
  /** Its answer received. */
  readonly resolverAnswered: number;
  /** The data on screen. */
  readonly shown: number;
}

export interface PanelRenderFigures {
  /** Each load in a fresh browser context: nothing cached, as on someone's first visit. */
  readonly cold: RenderTimes;
  /** Loads in one context, the app's files cached, as for people who open complaints every day. */
  readonly warm: RenderTimes;
}

interface Load {
  readonly frame: number;
  readonly page: number;
  readonly phases: Phases;
}

/**
 * Run inside the frame: its HTML's and last script's or style's arrival, from its Navigation and
 * Resource Timing entries, relative to its navigation. Text, since the scripts compile for Node.
 */
const FRAME_TIMINGS = `(() => {
  const [navigation] = performance.getEntriesByType('navigation');
  const assets = performance.getEntriesByType('resource').filter((r) => /\\.(js|css)(\\?|$)/.test(r.name));
  return { html: navigation ? navigation.responseEnd : NaN, assets: Math.max(0, ...assets.map((r) => r.responseEnd)) };
})()`;

export const measurePanelRender = async (scale: Scale): Promise<PanelRenderFigures> => {
  const loads = LOADS[scale];
  const root = path.resolve(__dirname, '..');
  execFileSync('bash', [path.join(root, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-static.js')], { stdio: 'ignore' });
  const sandbox = await createSandbox({ port: 0, dbPath: ':memory:', frozenClockAt: Date.UTC(2026, 2, 2, 9, 0), log: () => undefined });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }).catch(async (error: unknown) => {
    await sandbox.close();
    throw error;
  });
  try {
    // The advocate reads English; the first seeded complaint is one of the demo's.
    const history = translate('en', 'trail.heading');
    const loadOnce = async (page: Page): Promise<Load> => {
      let frameAskedAt = Number.NaN;
      let resolverAsked = Number.NaN;
      let resolverAnswered = Number.NaN;
      const onRequest = (request: Request) => {
        if (request.url().includes('/resources/panel/index.html')) frameAskedAt = performance.now();
        // The first call of the frame is the panel's view; later ones are not on the way to the first render.
        if (request.url().endsWith('/__sandbox/invoke') && Number.isNaN(resolverAsked)) resolverAsked = performance.now();
      };
      const onFinished = (request: Request) => {
        if (request.url().endsWith('/__sandbox/invoke') && Number.isNaN(resolverAnswered)) resolverAnswered = performance.now();
      };
      page.on('request', onRequest);
      page.on('requestfinished', onFinished);
      const started = performance.now();
      await page.goto(`${sandbox.url}/browse/CMP-1`);
      await page.frameLocator('iframe.forge-frame').getByRole('region', { name: history }).waitFor();
      const shown = performance.now();
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      const frame = page.frames().find((f) => f.url().includes('/resources/panel/index.html'));
      const inFrame = frame === undefined ? { html: Number.NaN, assets: Number.NaN } : await frame.evaluate<{ html: number; assets: number }>(FRAME_TIMINGS);
      const phases = {
        html: inFrame.html,
        assets: inFrame.assets,
        resolverAsked: resolverAsked - frameAskedAt,
        resolverAnswered: resolverAnswered - frameAskedAt,
        shown: shown - frameAskedAt,
      };
      return { frame: shown - frameAskedAt, page: shown - started, phases };
    };
    const newPage = async (): Promise<Page> => {
      const context = await browser.newContext();
      await context.addCookies([{ name: 'sandbox-user', value: DEMO_ACCOUNTS.advocate, url: sandbox.url }]);
      return context.newPage();
    };
    // The first load warms the sandbox's own caches (its lazily built pages), which a Jira site has warm.
    const warmUp = await newPage();
    await loadOnce(warmUp);
    const cold: Load[] = [];
    for (let i = 0; i < loads; i += 1) {
      const page = await newPage();
      cold.push(await loadOnce(page));
      await page.context().close();
    }
    const warm: Load[] = [];
    for (let i = 0; i < loads; i += 1) warm.push(await loadOnce(warmUp));
    await warmUp.context().close();
    const phaseMedian = (runs: readonly Load[], phase: keyof Phases) => Math.round(median(runs.map((l) => l.phases[phase])));
    const timesOf = (runs: readonly Load[]): RenderTimes => ({
      loads: runs.length,
      medianMs: Math.round(median(runs.map((l) => l.frame))),
      slowestMs: Math.round(Math.max(...runs.map((l) => l.frame))),
      pageMedianMs: Math.round(median(runs.map((l) => l.page))),
      phasesMs: {
        html: phaseMedian(runs, 'html'),
        assets: phaseMedian(runs, 'assets'),
        resolverAsked: phaseMedian(runs, 'resolverAsked'),
        resolverAnswered: phaseMedian(runs, 'resolverAnswered'),
        shown: phaseMedian(runs, 'shown'),
      },
    });
    return { cold: timesOf(cold), warm: timesOf(warm) };
  } finally {
    await browser.close();
    await sandbox.close();
  }
};
