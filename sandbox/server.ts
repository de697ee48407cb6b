import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
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
import { DEMO_SPAN_MS, seedDemo } from './seed-demo';

export const DEFAULT_PORT = 4000;
const ROOT = path.resolve(__dirname, '..');
/** The app's own Jira user, as Forge creates one per installed app. */
const APP_ACCOUNT_ID = '712020:complaint-advocate-app';
// Schedules and delayed queue events are checked this often while the clock runs with the wall.
const TICK_MS = 1000;

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
}

export interface Sandbox {
  readonly url: string;
  readonly port: number;
  readonly services: SandboxServices;
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
  const dbs = openDatabases(options.dbPath ?? MEMORY);
  const state = createHostStateStore(dbs.site);
  const savedOffset = state.read(STATE_KEYS.clockOffset);
  const seeding = (options.seed ?? true) && state.read(STATE_KEYS.installed) !== true;
  const clock = createClock({
    ...(options.frozenClockAt === undefined ? {} : { frozenAt: options.frozenClockAt }),
    // The demo's six months end now: a fresh seed starts that far back and moves the clock forward.
    initialOffset: typeof savedOffset === 'number' ? savedOffset : seeding ? -DEMO_SPAN_MS : 0,
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
  });

  const settle = async (): Promise<string[]> => {
    const ran = await host.runDue();
    await host.idle();
    return ran;
  };
  const installAndSeed = async (): Promise<void> => {
    const admin = emulator.users().find((u) => /admin/i.test(u.roleLabel)) ?? emulator.users()[0];
    // As Forge does: Jira registers the app's fields and workflow rules, then the app hears it was installed.
    emulator.installApp(forgeAppInstallation(manifestPath, SANDBOX_SITE.environmentId));
    host.install(admin?.accountId ?? APP_ACCOUNT_ID);
    await host.idle();
    if (options.seed ?? true) {
      await seedDemo({ baseUrl, users: emulator.users(), host, clock, kvs, settle });
    }
    await settle();
    state.write(STATE_KEYS.installed, true);
  };
  const services: SandboxServices = {
    host,
    frames: createFrameRegistry(),
    emulator,
    clock,
    kvs,
    appSql: dbs.appSql,
    state,
    hostToken,
    baseUrl: () => baseUrl,
    settle,
    reset: async () => {
      await host.idle();
      emulator.reset();
      host.wipe();
      state.clear();
      state.write(STATE_KEYS.clockOffset, clock.offset());
      await installAndSeed();
    },
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
  /** Frees the port, lets the app's work in flight finish, closes the databases and gives Date.now back. */
  const release = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => {
      // A server that never listened calls back with an error, which changes nothing here.
      server.close(() => {
        resolve();
      });
    });
    server.closeAllConnections();
    await closed;
    await host.idle();
    dbs.close();
    restoreTime();
  };

  let port: number;
  try {
    port = await listen(server, options.port ?? DEFAULT_PORT, hostname);
    baseUrl = `http://${hostname}:${port}`;
    if (state.read(STATE_KEYS.installed) !== true) await installAndSeed();
  } catch (error) {
    // Nobody gets a sandbox to close: left open, its port would keep the process (a test run) alive.
    await release();
    throw error;
  }

  let ticking = false;
  const ticker =
    options.frozenClockAt === undefined
      ? setInterval(() => {
          if (ticking) return;
          ticking = true;
          void host.runDue().finally(() => (ticking = false));
        }, TICK_MS).unref()
      : null;

  return {
    url: baseUrl,
    port,
    services,
    close: async () => {
      if (ticker) clearInterval(ticker);
      await release();
    },
  };
};
