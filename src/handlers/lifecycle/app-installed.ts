import { z } from 'zod';
import { forgeAppIdentity } from '../../adapters/forge/jira-setup/app-identity';
import { createForgeJiraSetup } from '../../adapters/forge/jira-setup/forge-jira-setup';
import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { migratedStore } from '../wiring/runtime.wiring';
import { setupSucceeded } from '../../domain/setup/setup-report';
import { seedDefaultConfig } from '../../adapters/forge/kvs/app-config.repository';
import { setUpProject } from '../../usecases/provisioning/set-up-project';
import { saveProjectBinding } from '../../adapters/forge/kvs/project-binding.repository';
import { loadSetupReport, saveSetupReport } from '../../adapters/forge/kvs/setup-report.repository';

const installedEventSchema = z.object({
  installerAccountId: z.string().optional(),
  app: z.object({ id: z.string(), version: z.string() }).loose(),
});

/**
 * `avi:forge:installed:app`. A fresh install stores the default configuration and nothing else:
 * which project to set up is the admin's choice, made with Set up project on the admin page.
 * An install that finds the report of an earlier Set up project (a reinstall within Forge's
 * 28 days of kept storage) runs it again for that project, so the project matches this version
 * of the app. Just after an install Jira may still refuse the app for a few minutes; a step that
 * fails then is in the report, and the admin runs Set up project again.
 */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = installedEventSchema.safeParse(event);
  console.info('App installed', parsed.success ? parsed.data.app.version : 'unknown version');
  const config = await seedDefaultConfig(forgeKeyValueStore);
  await migratedStore();
  const previous = await loadSetupReport(forgeKeyValueStore);
  if (previous === null) return;
  const report = await setUpProject({
    jira: await createForgeJiraSetup(),
    projectKey: previous.projectKey,
    config,
    app: forgeAppIdentity(),
    clock: { now: () => Date.now() },
    report: saveSetupReport(forgeKeyValueStore),
    bind: saveProjectBinding(forgeKeyValueStore),
  });
  console.info('Set up project after install', report.projectKey, setupSucceeded(report) ? 'complete' : 'incomplete');
};
