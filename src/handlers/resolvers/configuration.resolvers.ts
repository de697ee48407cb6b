import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResponseOf } from '../../contracts/resolver-contracts';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { ProjectComponentDirectory } from '../../ports/project-components.port';
import type { UserNameDirectory } from '../../ports/user-names.port';
import type { UserSearch } from '../../ports/user-search.port';
import { findPeople } from '../../usecases/configuration/find-people';
import { listProjectComponents } from '../../usecases/configuration/list-project-components';
import { getConfiguration } from '../../usecases/configuration/get-configuration';
import { saveConfiguration, type SaveConfigurationDeps } from '../../usecases/configuration/save-configuration';
import { adminOnly } from './admin-only';

export interface ConfigurationResolverDeps extends SaveConfigurationDeps {
  /** Whether the calling user holds Administer Jira, asked of Jira as that user. */
  readonly callerIsJiraAdmin: () => Promise<boolean>;
  readonly configs: Pick<AppConfigRepository, 'load' | 'save'>;
  readonly names: UserNameDirectory;
  readonly users: UserSearch;
  readonly components: ProjectComponentDirectory;
}

const getSchema = z.object({}).strict();
// The configuration itself is checked by its own schema, whose field paths the page shows as they are.
const saveSchema = z.object({ config: z.unknown() }).strict();
const componentsSchema = z.object({ projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key such as CMP') }).strict();
const searchSchema = z.object({ query: z.string().trim().min(1, 'must not be empty').max(100) }).strict();

const REFUSAL = 'Only a Jira admin (Administer Jira) can see or change the app’s settings.';

/** The admin page's settings: read the whole configuration, replace it, find the people it names, and read a project's components. */
export const defineConfigurationResolvers = (resolver: Resolver, deps: ConfigurationResolverDeps): Resolver =>
  resolver
    .define(
      'config/get',
      adminOnly(deps.callerIsJiraAdmin, REFUSAL, getSchema, (): Promise<ResponseOf<'config/get'>> => getConfiguration(deps)),
    )
    .define(
      'config/save',
      adminOnly(deps.callerIsJiraAdmin, REFUSAL, saveSchema, ({ config }): Promise<ResponseOf<'config/save'>> => saveConfiguration(deps, config)),
    )
    .define(
      'users/search',
      adminOnly(deps.callerIsJiraAdmin, REFUSAL, searchSchema, async ({ query }): Promise<ResponseOf<'users/search'>> => ({ users: await findPeople(deps.users, query) })),
    )
    .define(
      'project/components',
      adminOnly(
        deps.callerIsJiraAdmin,
        REFUSAL,
        componentsSchema,
        async ({ projectKey }): Promise<ResponseOf<'project/components'>> => ({ components: await listProjectComponents(deps.components, projectKey) }),
      ),
    );
