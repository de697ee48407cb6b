import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResponseOf } from '../../contracts/resolver-contracts';
import { checkHealth, type CheckHealthDeps } from '../../usecases/health/check-health';
import { adminOnly } from './admin-only';

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
    adminOnly(
      deps.callerIsJiraAdmin,
      'Only a Jira admin (Administer Jira) can see the app’s health check.',
      healthSchema,
      async (): Promise<ResponseOf<'admin/health'>> => checkHealth(await deps.health()),
    ),
  );
