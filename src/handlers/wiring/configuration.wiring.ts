import { callerIsJiraAdmin } from '../../adapters/forge/jira-setup/jira-admin-check';
import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { createPeopleDirectory } from '../../adapters/forge/people-directory.adapter';
import { systemClock } from '../../adapters/forge/system-clock';
import { createProjectComponentDirectory } from '../../adapters/forge/project-components.adapter';
import { createUserNameDirectory } from '../../adapters/forge/user-names.adapter';
import { createUserSearch } from '../../adapters/forge/user-search.adapter';
import type { ConfigurationResolverDeps } from '../resolvers/configuration.resolvers';
import { requestSetupDeps } from './setup.wiring';
import { storage } from './storage.wiring';

/** The admin page's settings keys as Forge provides them: Jira asked as the admin, the configuration in KVS. */
export const configurationResolverDeps: ConfigurationResolverDeps = {
  callerIsJiraAdmin,
  configs: storage.configs,
  bindings: storage.bindings,
  requestSetup: requestSetupDeps,
  names: createUserNameDirectory(),
  users: createUserSearch(),
  components: createProjectComponentDirectory(),
  people: createPeopleDirectory({ kv: forgeKeyValueStore, preferences: storage.preferences, clock: systemClock }),
};
