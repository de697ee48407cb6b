import type Resolver from '@forge/resolver';
import { z } from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { checkHealth, type CheckHealthDeps } from '../../usecases/health/check-health';
import { requireJiraAdmin } from './admin-only';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface HealthResolverDeps {
  /** Whether the calling user holds Administer Jira, asked of Jira as that user. */
  readonly callerIsJiraAdmin: () => Promise<boolean>;
  /** Made only once the caller passed, since it opens the database. */
  readonly health: () => Promise<CheckHealthDeps>;
}

const healthSchema = z.object({}).strict();

/** The admin page's health check. */
export const defineHealthResolvers = (resolver: Resolver, deps: HealthResolverDeps): Resolver =>
  resolver.define(
    'admin/health',
    ({ payload, context }): Promise<ResolverResponse<ResponseOf<'admin/health'>>> =>
      respond(async () => {
        trustedContext(context);
        await requireJiraAdmin(deps.callerIsJiraAdmin, 'Only a Jira admin (Administer Jira) can see the app’s health check.');
        parsePayload(healthSchema, payload);
        return checkHealth(await deps.health());
      }),
  );
