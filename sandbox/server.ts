import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import * as appBundle from '../src/index';
import { MEMORY, openDatabases } from './databases';
import { forgeAppInstallation } from './forge-app-installation';
import { createClock } from './host/clock';
import { useAsProcessTime } from './host/process-time';
import { createForgeHost } from './host/forge-host';
import { createFrameRegistry } from './host/frame-registry';
import { SANDBOX_SITE } from './host/forge-runtime';
import type { AppBundle } from './host/function-invoker';
import { createHostStateStore, STATE_KEYS } from './host/host-state-store';
import { createKvsTable } from './host/kvs-table';
import { settleRestIdentity } from './host/identity-headers';
import { loadManifest } from './host/manifest-model';
import { heldQueueEventSchema } from './host/queue-service';
import { createTimeKeeper } from './host/time-keeper';
import { assetRoutes } from './http/asset-routes';
import { controlRoutes } from './http/control-api';
import { frameRoutes } from './http/frame-api';
import { HttpError } from './http/http-kit';
import { dispatch } from './http/route-table';
import { refuseCrossOrigin } from './http/same-origin';
import { sendError } from './http/send-error';
import { viewerOf } from './http/viewer-of';
import { createJiraEmulator } from './jira';
import { pageRoutes } from './pages/page-routes';
import type { RequestContext, SandboxServices } from './sandbox-services';
import { DEMO_COMPLAINTS } from './demo-complaints';
import { DEMO_GADGET_CONFIGURATION, DEMO_SPAN_MS, seedDemo, type SeedProgress } from './seed-demo';
import { gadgetLocalId } from './pages/frame-sites';

export const DEFAULT_PORT = 4000;
const ROOT = path.resolve(__dirname, '..');
/** The app's own Jira user, as Forge creates one per installed app. */
const APP_ACCOUNT_ID = '712020:complaint-advocate-app';
// Schedules and delayed queue events are checked this often while the clock runs with the wall.
const TICK_MS = 1000;
/** How long closing waits for the app's triggers and consumers still running, by default. */
const DRAIN_MS = 10_000;

export interface SandboxOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly hostname?: string;
  /** A SQLite file, or `:memory:` (the default, for tests). */
  readonly dbPath?: string;
  /** Freezes the clock at this epoch ms: it then moves only through POST /__sandbox/clock. */
  readonly frozenClockAt?: number;
  /** Creates the demo issues on a fresh database (default true). */
  readonly seed?: boolean;
  readonly manifestPath?: string;
  /** The app's handlers; by default src/index.ts. */
  readonly bundle?: AppBundle;
  readonly log?: (line: string) => void;
  /**
   * Called as soon as the server answers, before installing the app and seeding the demo, which
   * take a while on a fresh database (`seeding` says whether they will run): `npm start` prints the URL.
   */
  readonly onListening?: (listening: { readonly url: string; readonly seeding: boolean }) => void;
  /** How long `close()` waits for the app's triggers and consumers still running (default 10 s). */
  readonly drainTimeoutMs?: number;
}

export interface Sandbox {
  readonly url: string;
  readonly port: number;
  readonly services: SandboxServices;
  /**
   * Lets the work in flight finish against the live server (at most `drainTimeoutMs`), keeps the
   * delayed queue events for the next start, then frees the port and closes the databases.
   */
  close(): Promise<void>;
}

const listen = (server: Server, port: number, hostname: string): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      resolve((server.address() as AddressInfo).port);
    });
  });

/** Starts the whole sandbox (Jira emulator, Forge host, host pages, control API) on one port. */
export const createSandbox = async (options: SandboxOptions = {}): Promise<Sandbox> => {
  const log = options.log ?? ((line: string) => {
    console.log(`sandbox: ${line}`);
  });
  const hostname = options.hostname ?? '127.0.0.1';
  const withDemo = options.seed ?? true;
  const dbs = openDatabases(options.dbPath ?? MEMORY);
  const state = createHostStateStore(dbs.site);
  const installed = state.read(STATE_KEYS.installed);
  const savedOffset = state.read(STATE_KEYS.clockOffset);
  const seeding = withDemo && installed !== true;
  const clock = createClock({
    ...(options.frozenClockAt === undefined ? {} : { frozenAt: options.frozenClockAt }),
    // The demo's six months end now: seeding starts that far back and moves the clock forward.
    initialOffset: seeding ? -DEMO_SPAN_MS : typeof savedOffset === 'number' ? savedOffset : 0,
    onAdvance: (offset) => {
      state.write(STATE_KEYS.clockOffset, offset);
    },
  });
  const restoreTime = useAsProcessTime(clock.now);
  const kvs = createKvsTable(dbs.site, clock.now);
  let baseUrl = '';
  const hostToken = randomBytes(16).toString('hex');
  const manifestPath = options.manifestPath ?? path.join(ROOT, 'manifest.yml');
  const host = createForgeHost({
    manifest: loadManifest(manifestPath),
    bundle: options.bundle ?? appBundle,
    hostDb: dbs.site,
    appSqlDb: dbs.appSql,
    now: clock.now,
    baseUrl: () => baseUrl,
    hostToken,
    log,
  });
  const emulator = createJiraEmulator({
    db: dbs.site,
    now: clock.now,
    onEvent: (event) => {
      host.deliverEvent(event);
    },
    appAccountId: APP_ACCOUNT_ID,
    invokeApp: (call) => host.invokeModuleFunction(call),
  });
  const keeper = createTimeKeeper({ clock, host, log });

  /** Forgets the site, the app's storage and the host's state; the clock stays where it is. */
  const wipe = (): void => {
    emulator.reset();
    host.wipe();
    state.clear();
    state.write(STATE_KEYS.clockOffset, clock.offset());
  };
  let progress: SeedProgress | null = null;
  const installAndSeed = async (): Promise<void> => {
    // Until the end, a start that finds this knows an earlier one was cut short, and starts over.
    state.write(STATE_KEYS.installed, false);
    if (withDemo) progress = { created: 0, total: DEMO_COMPLAINTS.length };
    try {
      const admin = emulator.users().find((u) => /admin/i.test(u.roleLabel)) ?? emulator.users()[0];
      // As Forge does: Jira registers the app's fields and workflow rules, then the app hears it was installed.
      emulator.installApp(forgeAppInstallation(manifestPath, SANDBOX_SITE.environmentId));
      host.install(admin?.accountId ?? APP_ACCOUNT_ID);
      await host.idle();
      if (withDemo) {
        await seedDemo({
          baseUrl,
          users: emulator.users(),
          host,
          clock,
          kvs,
          settle: keeper.settle,
          showOnPortal: (placement) => {
            emulator.showOnPortal(placement);
          },
          onProgress: (next) => {
            progress = next;
          },
        });
        // The demo dashboard comes with its gadget configured, so that a newcomer sees figures at once.
        const gadget = host.manifest.uiModules.find((m) => m.type === 'jira:dashboardGadget');
        if (gadget) state.write(STATE_KEYS.gadgetConfig(gadgetLocalId(gadget)), DEMO_GADGET_CONFIGURATION);
      }
      await keeper.settle();
      state.write(STATE_KEYS.installed, true);
    } finally {
      progress = null;
    }
  };
  /** Takes back the delayed queue events that the last run kept when it stopped. */
  const restoreHeldQueueEvents = (): void => {
    const saved = state.read(STATE_KEYS.heldQueueEvents);
    if (saved === undefined) return;
    const held = z.array(heldQueueEventSchema).safeParse(saved);
    if (held.success) host.restoreQueueEvents(held.data);
    else log('the delayed queue events kept by the last run are unreadable and were dropped');
    state.remove(STATE_KEYS.heldQueueEvents);
  };
  const services: SandboxServices = {
    host,
    frames: createFrameRegistry(),
    emulator,
    clock,
    kvs,
    appSql: dbs.appSql,
    siteDb: dbs.site,
    state,
    hostToken,
    baseUrl: () => baseUrl,
    settle: keeper.settle,
    jumpClock: (ms) => keeper.jump(ms),
    seeding: () => progress,
    reset: () =>
      keeper.inTurn(async () => {
        await host.idle();
        // Seeding plays six months forward from where the clock goes back to, so the demo ends when the reset began.
        if (withDemo) clock.rewind(DEMO_SPAN_MS);
        wipe();
        await installAndSeed();
      }),
  };

  const routes = [...controlRoutes, ...frameRoutes, ...assetRoutes, ...pageRoutes];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', baseUrl);
    refuseCrossOrigin(req);
    const ctx: RequestContext = { services, viewer: viewerOf(req, emulator.users()) };
    if (url.pathname.startsWith('/rest/')) {
      settleRestIdentity(req, hostToken, ctx.viewer?.accountId ?? null);
      if (await emulator.handle(req, res)) return;
    }
    if (!(await dispatch(routes, req, res, url, ctx))) throw new HttpError(404, `Nothing at ${url.pathname}`);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      sendError(req, res, error);
    });
  });

  let ticker: NodeJS.Timeout | null = null;
  const drainMs = options.drainTimeoutMs ?? DRAIN_MS;
  /**
   * The app's work in flight calls Jira over HTTP, so it finishes while the server still answers;
   * then the delayed queue events are kept, the port freed, the databases closed and Date.now given back.
   */
  const shutDown = async (): Promise<void> => {
    if (ticker) clearInterval(ticker);
    if (!(await keeper.drain(drainMs))) {
      log(`stopped waiting for the app's work after ${String(drainMs)} ms; ${String(host.pendingWork())} trigger or consumer runs still going will fail`);
    }
    const held = host.heldQueueEvents();
    if (held.length > 0) state.write(STATE_KEYS.heldQueueEvents, held);
    const closed = new Promise<void>((resolve) => {
      // A server that never listened calls back with an error, which changes nothing here.
      server.close(() => {
        resolve();
      });
    });
    server.closeAllConnections();
    await closed;
    dbs.close();
    restoreTime();
  };

  let port: number;
  try {
    port = await listen(server, options.port ?? DEFAULT_PORT, hostname);
    baseUrl = `http://${hostname}:${port}`;
    options.onListening?.({ url: baseUrl, seeding });
    if (installed === true) restoreHeldQueueEvents();
    else {
      // An earlier start was cut short while installing or seeding: what it left goes, and seeding starts over.
      if (installed === false || savedOffset !== undefined) wipe();
      await installAndSeed();
    }
  } catch (error) {
    // Nobody gets a sandbox to close: left open, its port would keep the process (a test run) alive.
    await shutDown();
    throw error;
  }

  if (options.frozenClockAt === undefined) {
    ticker = setInterval(() => {
      keeper.tick();
    }, TICK_MS).unref();
  }

  return { url: baseUrl, port, services, close: shutDown };
};
