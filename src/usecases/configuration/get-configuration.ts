import type { AppConfig } from '../../domain/config/app-config.schema';
import { configuredPeople } from '../../domain/config/configured-people';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { UserNameDirectory } from '../../ports/user-names.port';

export interface ConfigurationView {
  readonly config: AppConfig;
  /** The display names of the people the departments name; one Jira does not know, or that is inactive, is absent. */
  readonly names: Readonly<Record<string, string>>;
}

/** The configuration as stored, defaults filled in, with the names of its people, for the admin page to edit. */
export const getConfiguration = async (deps: { readonly configs: Pick<AppConfigRepository, 'load'>; readonly names: UserNameDirectory }): Promise<ConfigurationView> => {
  const config = await deps.configs.load();
  return { config, names: Object.fromEntries(await deps.names.displayNamesOf(configuredPeople(config))) };
};
