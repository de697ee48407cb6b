import type { AppConfig } from '../../domain/config/app-config.schema';
import { configuredPeople } from '../../domain/config/configured-people';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { UserNameDirectory } from '../../ports/user-names.port';

export interface ConfigurationView {
  readonly config: AppConfig;
  /** The display names of the people the departments name; one Jira does not know, or that is inactive, is absent. */
  readonly names: Readonly<Record<string, string>>;
  /** The projects Set up project ran in, whose components can become departments. */
  readonly projects: readonly string[];
}

/** The configuration as stored, defaults filled in, with the names of its people and the projects set up, for the admin page to edit. */
export const getConfiguration = async (deps: {
  readonly configs: Pick<AppConfigRepository, 'load'>;
  readonly names: UserNameDirectory;
  readonly bindings: Pick<ProjectBindingRepository, 'all'>;
}): Promise<ConfigurationView> => {
  const config = await deps.configs.load();
  const [names, bindings] = await Promise.all([deps.names.displayNamesOf(configuredPeople(config)), deps.bindings.all()]);
  return { config, names: Object.fromEntries(names), projects: bindings.map((b) => b.projectKey) };
};
