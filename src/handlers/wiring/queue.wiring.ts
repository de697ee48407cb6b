import { createCallerGroups } from '../../adapters/forge/caller-directory.adapter';
import { createIssueSummaries } from '../../adapters/forge/issue-summaries.adapter';
import { createForgeSqlAdvocateQueue } from '../../adapters/forge/sql/forge-sql-store.adapter';
import { systemClock } from '../../adapters/forge/system-clock';
import type { QueueResolverDeps } from '../resolvers/queue.resolvers';
import { migratedStore } from './runtime.wiring';
import { storage } from './storage.wiring';

/** The queue page's ports as Forge provides them: Jira as the user, the index migrated first as every reader of it does. */
export const queueResolverDeps: QueueResolverDeps = {
  queue: async () => {
    const config = await storage.configs.load();
    await migratedStore(config);
    return { caller: createCallerGroups(), source: createForgeSqlAdvocateQueue(), summaries: createIssueSummaries(), config, clock: systemClock };
  },
};
