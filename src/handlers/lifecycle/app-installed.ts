import * as z from 'zod';
import { createForgeSqlStore } from '../../adapters/forge/sql/forge-sql-store.adapter';
import { prepareInstallation } from '../../usecases/provisioning/prepare-installation';
import { requestSetupDeps } from '../wiring/setup.wiring';
import { storage } from '../wiring/storage.wiring';

const installedEventSchema = z.object({
  installerAccountId: z.string().optional(),
  app: z.object({ id: z.string(), version: z.string() }).loose(),
});

/**
 * `avi:forge:installed:app`. Just after an install Jira may still refuse the app for a few minutes;
 * a Set up project step that fails then is in the report, and the admin runs it again.
 */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = installedEventSchema.safeParse(event);
  console.info('App installed', parsed.success ? parsed.data.app.version : 'unknown version');
  const report = await prepareInstallation({ ...requestSetupDeps(), configs: storage.configs, reports: storage.reports, store: createForgeSqlStore() });
  if (report !== null) console.info('Set up project queued after install', report.projectKey);
};
