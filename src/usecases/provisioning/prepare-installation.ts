import type { SetupReport } from '../../domain/setup/setup-report';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { SetupReportRepository } from '../../ports/setup-report.port';
import type { Store } from '../../ports/store.port';
import { requestProjectSetup, type RequestProjectSetupDeps } from './request-project-setup';

export interface PrepareInstallationDeps extends RequestProjectSetupDeps {
  readonly configs: Pick<AppConfigRepository, 'load' | 'seedDefault'>;
  readonly store: Pick<Store, 'migrate'>;
  readonly reports: Pick<SetupReportRepository, 'load' | 'save'>;
}

/**
 * After an install: the default configuration is stored if there is none, and the index is
 * migrated. Which project to set up is the admin's choice, made with Set up project on the admin
 * page; but an install that finds the report of an earlier run (a reinstall within Forge's 28
 * days of kept storage) starts it again for that project, so the project matches this version of
 * the app. Returns the report of the run it started, or null on a fresh install.
 */
export const prepareInstallation = async (deps: PrepareInstallationDeps): Promise<SetupReport | null> => {
  await deps.configs.seedDefault();
  await deps.store.migrate();
  const previous = await deps.reports.load();
  if (previous === null) return null;
  return requestProjectSetup(deps, previous.projectKey);
};
