import { forgeAppIdentity } from '../../adapters/forge/jira-setup/app-identity';
import { createForgeJiraSetup } from '../../adapters/forge/jira-setup/forge-jira-setup';
import { systemClock } from '../../adapters/forge/system-clock';
import type { SetUpProjectDeps } from '../../usecases/provisioning/set-up-project';
import { storage } from './storage.wiring';

/** What Set up project takes, as Forge provides it; made only when a run starts, since it loads jira.js. */
export const setUpProjectDeps = async (): Promise<SetUpProjectDeps> => ({
  jira: await createForgeJiraSetup(),
  configs: storage.configs,
  app: forgeAppIdentity(),
  clock: systemClock,
  reports: storage.reports,
  bindings: storage.bindings,
});
