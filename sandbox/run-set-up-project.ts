import { z } from 'zod';
import type { SetupReport } from '../src/domain/setup/setup-report';
import type { ForgeHost } from './host/forge-host';
import type { DemoUser } from './jira/emulator.types';

const answerSchema = z.object({ ok: z.literal(true), data: z.object({ report: z.unknown() }) });

/**
 * Set up project as an admin runs it from the admin page: the resolver starts the run on the
 * queue, and once the host is idle the run's report is read back through the status resolver.
 */
export const runSetUpProject = async (host: ForgeHost, admin: DemoUser, projectKey: string): Promise<SetupReport> => {
  const invoke = async (functionKey: string, payload: unknown): Promise<unknown> => {
    const answer = await host.invokeResolver({
      site: { moduleKey: 'admin-page', localId: 'admin-page/sandbox', extension: {} },
      viewer: { accountId: admin.accountId, locale: 'en-US', timeZone: admin.timeZone, colorMode: 'light', accountType: 'licensed' },
      functionKey,
      payload,
    });
    const parsed = answerSchema.safeParse(answer);
    if (!parsed.success) throw new Error(`Set up project: ${functionKey} answered ${JSON.stringify(answer)}`);
    return parsed.data.data.report;
  };
  await invoke('project/set-up', { projectKey });
  await host.idle();
  return (await invoke('project/setup-status', {})) as SetupReport;
};
