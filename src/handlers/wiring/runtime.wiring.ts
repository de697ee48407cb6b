import { createPeopleDirectory } from '../../adapters/forge/people-directory.adapter';
import { createForgeJiraPort } from '../../adapters/forge/jira-runtime.adapter';
import { jiraNotifier } from '../../adapters/forge/jira-notifier.adapter';
import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { createForgeSqlStore } from '../../adapters/forge/sql/forge-sql-store.adapter';
import { createForgeWorkQueue } from '../../adapters/forge/forge-work-queue';
import { systemClock } from '../../adapters/forge/system-clock';
import type { Store } from '../../ports/store.port';
import type { ComplaintRuntime } from '../../usecases/complaint-runtime';
import { loadAppConfig } from '../../adapters/forge/kvs/app-config.repository';
import { notifyPeople } from '../../usecases/notifications/notify-people';

/**
 * The index, migrated: a trigger may run before the install's migration or the safety pass did.
 * Once the schema is current this is one read. It is not remembered in a global: a warm
 * container may serve another installation, whose database is another one.
 */
export const migratedStore = async (): Promise<Store> => {
  const store = createForgeSqlStore();
  await store.migrate();
  return store;
};

/** The runtime use cases' ports as Forge provides them, with the stored configuration. */
export const createForgeComplaintRuntime = async (): Promise<ComplaintRuntime> => {
  const kv = forgeKeyValueStore;
  const people = createPeopleDirectory({ kv, clock: systemClock });
  return {
    store: await migratedStore(),
    jira: await createForgeJiraPort(),
    notify: async (request) => {
      await notifyPeople({ people, notifier: jiraNotifier }, { ...request, issueUrl: null });
    },
    clock: systemClock,
    config: await loadAppConfig(kv),
    queue: createForgeWorkQueue(),
  };
};
