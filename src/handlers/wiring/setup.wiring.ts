import { createForgeSetupQueue } from '../../adapters/forge/forge-setup-queue';
import { forgeAppIdentity } from '../../adapters/forge/jira-setup/app-identity';
import { createForgeJiraSetup } from '../../adapters/forge/jira-setup/forge-jira-setup';
import { systemClock } from '../../adapters/forge/system-clock';
import type { RequestProjectSetupDeps } from '../../usecases/provisioning/request-project-setup';
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

/** What starting a run takes: no Jira at all, only the report and the queue. */
export const requestSetupDeps = (): RequestProjectSetupDeps => ({
  configs: storage.configs,
  reports: storage.reports,
  setupQueue: createForgeSetupQueue(),
  clock: systemClock,
});
