import { isAppError } from '../../domain/app-error';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { parseSubmittedConfig } from '../../domain/config/parse-config';
import { needsSetupAgain } from '../../domain/config/setup-relevant-change';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import { learnConfiguredLanguages, type LearnConfiguredLanguagesDeps } from '../notifications/learn-configured-languages';
import { requestProjectSetup, type RequestProjectSetupDeps } from '../provisioning/request-project-setup';

export interface SaveConfigurationDeps extends LearnConfiguredLanguagesDeps {
  readonly configs: Pick<AppConfigRepository, 'load' | 'save'>;
  readonly bindings: Pick<ProjectBindingRepository, 'all'>;
  /** What re-running Set up project takes; made only when a save needs it. */
  readonly requestSetup: () => RequestProjectSetupDeps;
}

export interface SavedConfiguration {
  readonly config: AppConfig;
  /** The projects whose Set up project was queued again, so that Jira follows the new groups and departments. */
  readonly setupRequested: readonly string[];
}

/** A stored configuration that no longer validates is what a save repairs, so it does not stop one. */
const storedOrNone = async (configs: Pick<AppConfigRepository, 'load'>): Promise<AppConfig | null> => {
  try {
    return await configs.load();
  } catch (e) {
    if (isAppError(e) && e.code === 'INVALID_CONFIG') return null;
    throw e;
  }
};

/**
 * Replaces the whole configuration. A save that changes what Jira's configuration is built from
 * queues Set up project again on every project it was run on, one after another. The people it
 * names have their languages learnt now, so routing's first message to them asks Jira nothing.
 * @throws AppError INVALID_INPUT, storing nothing, naming each offending field.
 */
export const saveConfiguration = async (deps: SaveConfigurationDeps, input: unknown): Promise<SavedConfiguration> => {
  const next = parseSubmittedConfig(input);
  const before = await storedOrNone(deps.configs);
  const config = await deps.configs.save(next);
  await learnConfiguredLanguages(deps, config);
  if (before !== null && !needsSetupAgain(before, config)) return { config, setupRequested: [] };
  const projectKeys = (await deps.bindings.all()).map((b) => b.projectKey);
  const setup = deps.requestSetup();
  for (const projectKey of projectKeys) await requestProjectSetup(setup, projectKey);
  return { config, setupRequested: projectKeys };
};
