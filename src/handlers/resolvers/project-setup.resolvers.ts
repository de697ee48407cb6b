import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { AppError } from '../../domain/app-error';
import type { AppIdentity } from '../../jira/provisioning/forge-rule';
import type { Clock } from '../../ports/clock.port';
import type { JiraSetupPort } from '../../ports/jira-setup.port';
import type { KeyValueStore } from '../../ports/key-value.port';
import { loadAppConfig } from '../../adapters/forge/kvs/app-config.repository';
import { setUpProject } from '../../usecases/provisioning/set-up-project';
import { saveProjectBinding } from '../../adapters/forge/kvs/project-binding.repository';
import { loadSetupReport, saveSetupReport } from '../../adapters/forge/kvs/setup-report.repository';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface ProjectSetupDeps {
  readonly kv: KeyValueStore;
  /** Whether the calling user holds Administer Jira, asked of Jira as that user. */
  readonly callerIsJiraAdmin: () => Promise<boolean>;
  /** Jira as the app, which holds the configuration scopes. */
  readonly jiraSetup: () => Promise<JiraSetupPort>;
  readonly app: () => AppIdentity;
  readonly clock: Clock;
}

const setUpSchema = z.object({ projectKey: z.string().trim().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key such as CMP') }).strict();
const statusSchema = z.object({}).strict();

const requireJiraAdmin = async (deps: ProjectSetupDeps): Promise<void> => {
  if (!(await deps.callerIsJiraAdmin())) throw new AppError('FORBIDDEN', 'Only a Jira admin (Administer Jira) can set up a project.');
};

/** The admin page's Set up project keys: run it, and read the last run's report (also while it runs). */
export const defineProjectSetupResolvers = (resolver: Resolver, deps: ProjectSetupDeps): Resolver =>
  resolver
    .define(
      'project/set-up',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'project/set-up'>>> =>
        respond(async () => {
          trustedContext(context);
          await requireJiraAdmin(deps);
          const { projectKey } = parsePayload(setUpSchema, payload);
          const config = await loadAppConfig(deps.kv);
          const report = await setUpProject({
            jira: await deps.jiraSetup(),
            projectKey,
            config,
            app: deps.app(),
            clock: deps.clock,
            report: saveSetupReport(deps.kv),
            bind: saveProjectBinding(deps.kv),
          });
          return { report };
        }),
    )
    .define(
      'project/setup-status',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'project/setup-status'>>> =>
        respond(async () => {
          trustedContext(context);
          await requireJiraAdmin(deps);
          parsePayload(statusSchema, payload);
          return { report: await loadSetupReport(deps.kv) };
        }),
    );
