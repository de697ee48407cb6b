import type Resolver from '@forge/resolver';
import { z } from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import type { AppConfigRepository } from '../../ports/app-config.port';
import { getConfiguration } from '../../usecases/configuration/get-configuration';
import { saveConfiguration, type SaveConfigurationDeps } from '../../usecases/configuration/save-configuration';
import { requireJiraAdmin } from './admin-only';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface ConfigurationResolverDeps extends SaveConfigurationDeps {
  /** Whether the calling user holds Administer Jira, asked of Jira as that user. */
  readonly callerIsJiraAdmin: () => Promise<boolean>;
  readonly configs: Pick<AppConfigRepository, 'load' | 'save'>;
}

const getSchema = z.object({}).strict();
// The configuration itself is checked by its own schema, whose field paths the page shows as they are.
const saveSchema = z.object({ config: z.unknown() }).strict();

const REFUSAL = 'Only a Jira admin (Administer Jira) can see or change the app’s settings.';

/** The admin page's settings: read the whole configuration, and replace it. */
export const defineConfigurationResolvers = (resolver: Resolver, deps: ConfigurationResolverDeps): Resolver =>
  resolver
    .define(
      'config/get',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'config/get'>>> =>
        respond(async () => {
          trustedContext(context);
          await requireJiraAdmin(deps.callerIsJiraAdmin, REFUSAL);
          parsePayload(getSchema, payload);
          return { config: await getConfiguration(deps.configs) };
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
    );
