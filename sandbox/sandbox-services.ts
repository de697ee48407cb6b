import type { Database } from 'better-sqlite3';
import type { SandboxClock } from './host/clock';
import type { ScheduledRun } from './host/clock-jump';
import type { KvsTable } from './host/kvs-table';
import type { ForgeHost } from './host/forge-host';
import type { FrameRegistry } from './host/frame-registry';
import type { HostStateStore } from './host/host-state-store';
import type { Viewer } from './host/ui-context';
import type { DemoUser, JiraEmulator } from './jira/emulator.types';
import type { SeedProgress } from './seed-demo';

/** Everything a request handler of the sandbox may use. */
export interface SandboxServices {
  readonly host: ForgeHost;
  /** The Custom UI frames the pages rendered, each bound to its place and its viewer. */
  readonly frames: FrameRegistry;
  readonly emulator: JiraEmulator;
  readonly clock: SandboxClock;
  /** The app's Forge KVS, where the admin page keeps the configuration. */
  readonly kvs: KvsTable;
  /** The app's Forge SQL database (the complaint index and trail), for the control API and tests. */
  readonly appSql: Database;
  /** The site's database: the emulator's tables, the host's state and the app's KVS, for tests that watch every write. */
  readonly siteDb: Database;
  readonly state: HostStateStore;
  readonly hostToken: string;
  readonly baseUrl: () => string;
  /** Runs what fell due, then waits until the work it set off has finished. */
  settle(): Promise<string[]>;
  /** Moves the clock forward as if the time had passed: what falls due runs at every whole hour inside the jump. */
  jumpClock(ms: number): Promise<ScheduledRun[]>;
  /** How far installing and seeding the demo got, while they run; null once the site is ready. */
  seeding(): SeedProgress | null;
  /** Wipes and reseeds the site and the app's storage, then installs the app again; the clock ends where it was. */
  reset(): Promise<void>;
}

/** The person at the keyboard, as the user switcher set them. */
export interface PageViewer extends Viewer {
  readonly user: DemoUser;
}

export interface RequestContext {
  readonly services: SandboxServices;
  /** Null when the request names nobody: no user switcher cookie, or one naming no demo user. */
  readonly viewer: PageViewer | null;
}

/** A request from someone signed in. */
export interface SignedInContext extends RequestContext {
  readonly viewer: PageViewer;
}
