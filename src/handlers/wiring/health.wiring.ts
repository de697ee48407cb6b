import { callerIsJiraAdmin } from '../../adapters/forge/jira-setup/jira-admin-check';
import { createJiraHealth } from '../../adapters/forge/jira-health.adapter';
import { createForgeSqlOutbox, createForgeSqlTriageCount } from '../../adapters/forge/sql/forge-sql-store.adapter';
import { createUserNameDirectory } from '../../adapters/forge/user-names.adapter';
import type { HealthResolverDeps } from '../resolvers/health.resolvers';
import { migratedStore } from './runtime.wiring';
import { storage } from './storage.wiring';

/** The health check's ports as Forge provides them: Jira asked as the app, the index and outbox in Forge SQL. */
export const healthResolverDeps: HealthResolverDeps = {
  callerIsJiraAdmin,
  health: async () => {
    // The outbox and the count read tables that the store's migration makes, which takes the configured calendar.
    await migratedStore(await storage.configs.load());
    return {
      configs: storage.configs,
      bindings: storage.bindings,
      names: createUserNameDirectory(),
      jira: createJiraHealth(),
      sweeps: storage.sweeps,
      reconciliations: storage.reconciliations,
      outbox: createForgeSqlOutbox(),
      triage: createForgeSqlTriageCount(),
    };
  },
};
