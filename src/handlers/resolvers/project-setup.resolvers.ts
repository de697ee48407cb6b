import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResponseOf } from '../../contracts/resolver-contracts';
import type { SetupReportRepository } from '../../ports/setup-report.port';
import { getSetupStatus } from '../../usecases/provisioning/get-setup-status';
import { requestProjectSetup, type RequestProjectSetupDeps } from '../../usecases/provisioning/request-project-setup';
import { adminOnly } from './admin-only';

export interface ProjectSetupResolverDeps {
  /** Whether the calling user holds Administer Jira, asked of Jira as that user. */
  readonly callerIsJiraAdmin: () => Promise<boolean>;
  /** What starting a run takes. */
  readonly requestSetup: () => RequestProjectSetupDeps;
  readonly reports: Pick<SetupReportRepository, 'load'>;
}

const setUpSchema = z.object({ projectKey: z.string().trim().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key such as CMP') }).strict();
const statusSchema = z.object({}).strict();

const REFUSAL = 'Only a Jira admin (Administer Jira) can set up a project.';

/** The admin page's Set up project keys: start a run on the queue, and read the report as the run writes it. */
export const defineProjectSetupResolvers = (resolver: Resolver, deps: ProjectSetupResolverDeps): Resolver =>
  resolver
    .define(
      'project/set-up',
      adminOnly(
        deps.callerIsJiraAdmin,
        REFUSAL,
        setUpSchema,
        async ({ projectKey }): Promise<ResponseOf<'project/set-up'>> => ({ report: await requestProjectSetup(deps.requestSetup(), projectKey) }),
      ),
    )
    .define(
      'project/setup-status',
      adminOnly(deps.callerIsJiraAdmin, REFUSAL, statusSchema, async (): Promise<ResponseOf<'project/setup-status'>> => ({ report: await getSetupStatus(deps.reports) })),
    );
