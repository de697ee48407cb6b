import type Resolver from '@forge/resolver';
import { z } from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { ProjectComponentDirectory } from '../../ports/project-components.port';
import type { UserNameDirectory } from '../../ports/user-names.port';
import type { UserSearch } from '../../ports/user-search.port';
import { findPeople } from '../../usecases/configuration/find-people';
import { listProjectComponents } from '../../usecases/configuration/list-project-components';
import { getConfiguration } from '../../usecases/configuration/get-configuration';
import { saveConfiguration, type SaveConfigurationDeps } from '../../usecases/configuration/save-configuration';
import { requireJiraAdmin } from './admin-only';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface ConfigurationResolverDeps extends SaveConfigurationDeps {
  /** Whether the calling user holds Administer Jira, asked of Jira as that user. */
  readonly callerIsJiraAdmin: () => Promise<boolean>;
  readonly configs: Pick<AppConfigRepository, 'load' | 'save'>;
  readonly names: UserNameDirectory;
  readonly users: UserSearch;
  readonly components: ProjectComponentDirectory;
}

const getSchema = z.object({}).strict();
const componentsSchema = z.object({ projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key such as CMP') }).strict();
const searchSchema = z.object({ query: z.string().trim().min(1, 'must not be empty').max(100) }).strict();
// The configuration itself is checked by its own schema, whose field paths the page shows as they are.
const saveSchema = z.object({ config: z.unknown() }).strict();

const REFUSAL = 'Only a Jira admin (Administer Jira) can see or change the app’s settings.';

/** The admin page's settings: read the whole configuration, replace it, find the people it names, and read a project's components. */
export const defineConfigurationResolvers = (resolver: Resolver, deps: ConfigurationResolverDeps): Resolver =>
  resolver
    .define(
      'config/get',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'config/get'>>> =>
        respond(async () => {
          trustedContext(context);
          await requireJiraAdmin(deps.callerIsJiraAdmin, REFUSAL);
          parsePayload(getSchema, payload);
          return getConfiguration(deps);
        }),
    )
    .define(
      'config/save',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'config/save'>>> =>
        respond(async () => {
          trustedContext(context);
          await requireJiraAdmin(deps.callerIsJiraAdmin, REFUSAL);
          const { config } = parsePayload(saveSchema, payload);
          return saveConfiguration(deps, config);
        }),
    )
    .define(
      'users/search',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'users/search'>>> =>
        respond(async () => {
          trustedContext(context);
          await requireJiraAdmin(deps.callerIsJiraAdmin, REFUSAL);
          const { query } = parsePayload(searchSchema, payload);
          return { users: await findPeople(deps.users, query) };
        }),
    )
    .define(
      'project/components',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'project/components'>>> =>
        respond(async () => {
          trustedContext(context);
          await requireJiraAdmin(deps.callerIsJiraAdmin, REFUSAL);
          const { projectKey } = parsePayload(componentsSchema, payload);
          return { components: await listProjectComponents(deps.components, projectKey) };
        }),
    );
