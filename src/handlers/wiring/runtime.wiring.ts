import { createForgeWorkQueue } from '../../adapters/forge/forge-work-queue';
import { forgeInvocationTime } from '../../adapters/forge/invocation-time';
import { jiraNotifier } from '../../adapters/forge/jira-notifier.adapter';
import { createForgeJiraPort } from '../../adapters/forge/jira-runtime.adapter';
import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { createPeopleDirectory } from '../../adapters/forge/people-directory.adapter';
import { createForgeSqlAdvocateQueue, createForgeSqlDigestLedger, createForgeSqlMonthRollups, createForgeSqlOutbox,
  createForgeSqlTriageModel, createForgeSqlSendPacing, createForgeSqlStore } from '../../adapters/forge/sql/forge-sql-store.adapter';
import { forgeAppIdentity } from '../../adapters/forge/jira-setup/app-identity';
import { systemClock } from '../../adapters/forge/system-clock';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { timingSettingsOf } from '../../domain/metrics/complaint-timings';
import type { Store } from '../../ports/store.port';
import type { RunQueuedJobDeps } from '../../usecases/queue/run-queued-job';
import type { RollUpMonthsDeps } from '../../usecases/retention/roll-up-months';
import type { StartRetentionDeps } from '../../usecases/retention/start-retention';
import type { RerouteComplaintDeps } from '../../usecases/routing/reroute-complaint';
import type { ReconcileProjectsDeps } from '../../usecases/reconciliation/reconcile-projects';
import type { RunSweepDeps } from '../../usecases/sweep/run-sweep';
import { storage } from './storage.wiring';

/**
 * The index, migrated: a trigger may run before the install's migration or the safety pass did.
 * Once the schema is current this is one read. It is not remembered in a global: a warm
 * container may serve another installation, whose database is another one. Rows are written
 * with their timings under the configured calendar and preset.
 */
export const migratedStore = async (config: AppConfig): Promise<Store> => {
  const store = createForgeSqlStore(timingSettingsOf(config));
  await store.migrate();
  return store;
};

/** Everything the runtime's entry use cases take, which each of them narrows to what it uses. */
export type RuntimeDeps = RunQueuedJobDeps & ReconcileProjectsDeps & RunSweepDeps & RerouteComplaintDeps & StartRetentionDeps & RollUpMonthsDeps;

/**
 * The runtime's ports as Forge provides them, with the stored configuration. Built when an
 * invocation needs them, never at import: the configuration and the database belong to the
 * installation that invokes.
 */
export const runtimeDeps = async (): Promise<RuntimeDeps> => {
  const config = await storage.configs.load();
  return {
  store: await migratedStore(config),
  // The store's migration made its table.
  outbox: createForgeSqlOutbox(),
  pacing: createForgeSqlSendPacing(),
  rollups: createForgeSqlMonthRollups(),
  jira: await createForgeJiraPort(),
  people: createPeopleDirectory({ kv: forgeKeyValueStore, preferences: storage.preferences, clock: systemClock }),
  notifier: jiraNotifier,
  clock: systemClock,
  config,
  queue: createForgeWorkQueue(),
  bindings: storage.bindings,
  sweeps: storage.sweeps,
  reconciliations: storage.reconciliations,
  invocation: forgeInvocationTime,
  contacts: storage.contacts,
  links: storage.anonymousLinks,
  triage: createForgeSqlTriageModel(),
  advocateQueue: createForgeSqlAdvocateQueue(),
  digests: createForgeSqlDigestLedger(),
  app: forgeAppIdentity(),
  };
};
