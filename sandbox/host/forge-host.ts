import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { createEventDelivery, type EventDelivery, type PlatformEvent } from './event-delivery';
import { createForgeFetch } from './forge-fetch';
import { SANDBOX_SITE } from './forge-runtime';
import { createFunctionInvoker, type AppBundle } from './function-invoker';
import { installForgeGlobals } from './invocation';
import { createKvsService } from './kvs-service';
import { createKvsTable } from './kvs-table';
import type { AppManifest, UiModuleDef } from './manifest-model';
import { createQueueService, type HeldQueueEvent } from './queue-service';
import { isInheritedMember, isUnknownKeyError, ResolverFunctionNotFound } from './resolver-function-not-found';
import { createScheduler, type ScheduleState } from './scheduler';
import { createSqlService } from './sql-service';
import { resolverContext, type FrameSite, type Viewer } from './ui-context';
import { createWorkTracker } from './work-tracker';

export interface ForgeHostOptions {
  readonly manifest: AppManifest;
  readonly bundle: AppBundle;
  /** Holds the KVS table. */
  readonly hostDb: Database;
  /** The app's own Forge SQL database, apart from the emulator's tables. */
  readonly appSqlDb: Database;
  readonly now: () => number;
  readonly baseUrl: () => string;
  readonly hostToken: string;
  readonly log: (line: string) => void;
}

export interface ResolverCall {
  readonly site: FrameSite;
  readonly viewer: Viewer;
  readonly functionKey: string;
  readonly payload: unknown;
}

/** The Forge platform around the app: functions, triggers, schedules, queue, KVS and SQL. */
export interface ForgeHost {
  readonly manifest: AppManifest;
  uiModule(moduleKey: string): UiModuleDef | undefined;
  /**
   * `invoke` from a Custom UI frame: the module's resolver, as the viewer. A key the resolver
   * does not define as its own rejects with `ResolverFunctionNotFound`.
   */
  invokeResolver(call: ResolverCall): Promise<unknown>;
  /**
   * Jira calling the function behind one of the app's modules, a JQL function: as the app, with
   * the module's key, and the payload as the function's event.
   */
  invokeModuleFunction(call: { readonly moduleKey: string; readonly functionKey: string; readonly payload: unknown }): Promise<unknown>;
  /** A platform event (a Jira product event, or a lifecycle event) for the triggers. */
  deliverEvent(event: PlatformEvent, options?: { withFaults: boolean }): string[];
  readonly events: Pick<EventDelivery, 'faults' | 'setFaults'>;
  /** The `avi:forge:installed:app` lifecycle event. */
  install(installerAccountId: string): string[];
  /**
   * Runs what fell due on the sandbox clock: first the delayed queue events, until their consumers
   * finish, then the schedules. After a jump, the events fell due inside it, before the stop the
   * schedules run at; in real time they would have run first, and a sweep that ran before them
   * would find their work undone and pace it again.
   */
  runDue(): Promise<string[]>;
  runScheduled(key: string): Promise<void>;
  /** Delivers the delayed queue events whose time has come, and no schedule: for a run that drives the schedules itself. */
  runDueQueueEvents(): Promise<void>;
  schedules(): ScheduleState[];
  /** Resolves when no trigger, consumer or delayed delivery is running. */
  idle(): Promise<void>;
  /** How many triggers, consumers and delayed deliveries are running. */
  pendingWork(): number;
  /** Queue events pushed with a delay that the clock has not reached: a stopping sandbox keeps them. */
  heldQueueEvents(): HeldQueueEvent[];
  restoreQueueEvents(events: readonly HeldQueueEvent[]): void;
  /** Forgets the app's KVS, SQL and queued work, as a fresh installation would. */
  wipe(): void;
}

const dropAllTables = (db: Database): void => {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  db.transaction(() => {
    for (const { name } of tables) db.exec(`DROP TABLE "${name.replaceAll('"', '""')}"`);
  })();
};

export const createForgeHost = (options: ForgeHostOptions): ForgeHost => {
  installForgeGlobals();
  const { manifest, log, now } = options;
  const tracker = createWorkTracker();
  const kvsTable = createKvsTable(options.hostDb, now);
  // Functions reach the queue through the fetch, and the queue calls functions: the closure breaks the cycle.
  const invoker = createFunctionInvoker(manifest, options.bundle, (target, path, init, invocation) => forgeFetch(target, path, init, invocation));
  const queue = createQueueService({ consumers: manifest.consumers, invoker, tracker, now, log });
  const forgeFetch = createForgeFetch({
    baseUrl: options.baseUrl,
    hostToken: options.hostToken,
    kvs: createKvsService(kvsTable, now),
    sql: createSqlService(options.appSqlDb),
    queue,
  });
  const delivery = createEventDelivery({ triggers: manifest.triggers, invoker, tracker, log });
  const scheduler = createScheduler({ schedules: manifest.scheduledTriggers, invoker, now, log });
  const uiModule = (moduleKey: string) => manifest.uiModules.find((m) => m.key === moduleKey);

  return {
    manifest,
    uiModule,
    invokeResolver: async ({ site, viewer, functionKey, payload }) => {
      const module = uiModule(site.moduleKey);
      if (!module?.resolverFunctionKey) throw new Error(`Module ${site.moduleKey} has no resolver in the manifest`);
      if (isInheritedMember(functionKey)) throw new ResolverFunctionNotFound(functionKey);
      try {
        return await invoker.invoke({
          functionKey: module.resolverFunctionKey,
          moduleKey: module.key,
          accountId: viewer.accountId,
          event: { call: { functionKey, payload }, context: resolverContext(module, site, viewer, options.baseUrl()) },
        });
      } catch (error) {
        throw isUnknownKeyError(error, functionKey) ? new ResolverFunctionNotFound(functionKey, { cause: error }) : error;
      }
    },
    invokeModuleFunction: ({ moduleKey, functionKey, payload }) => invoker.invoke({ functionKey, moduleKey, event: payload }),
    deliverEvent: (event, deliveryOptions) => delivery.deliver(event, deliveryOptions),
    events: {
      faults: () => delivery.faults(),
      setFaults: (faults) => {
        delivery.setFaults(faults);
      },
    },
    install: (installerAccountId) =>
      delivery.deliver(
        {
          eventType: 'avi:forge:installed:app',
          id: randomUUID(),
          installerAccountId,
          app: { id: manifest.appId, version: SANDBOX_SITE.appVersion },
          environment: { id: SANDBOX_SITE.environmentId },
        } as PlatformEvent,
        { withFaults: false },
      ),
    runDue: async () => {
      await queue.runDue();
      return scheduler.runDue();
    },
    runScheduled: (key) => scheduler.runNow(key),
    runDueQueueEvents: () => queue.runDue(),
    schedules: () => scheduler.list(),
    idle: () => tracker.idle(),
    pendingWork: () => tracker.pending(),
    heldQueueEvents: () => queue.held(),
    restoreQueueEvents: (events) => {
      queue.restore(events);
    },
    wipe: () => {
      kvsTable.clear();
      dropAllTables(options.appSqlDb);
      queue.clear();
      scheduler.restart();
    },
  };
};
