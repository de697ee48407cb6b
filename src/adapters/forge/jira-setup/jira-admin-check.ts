import * as z from 'zod';
import { createForgeCloudClient } from '../jira/forge-jira-clients';

const granted = z.object({ havePermission: z.boolean() }).loose();

/** Asks Jira, as the invocation's user, whether they hold Administer Jira: the payload is never trusted for it. */
export const callerIsJiraAdmin = async (): Promise<boolean> => {
  const jira = await createForgeCloudClient('user');
  const answer = await jira.permissions.getMyPermissions({ permissions: 'ADMINISTER' });
  const administer = granted.safeParse(answer.permissions?.ADMINISTER);
  return administer.success && administer.data.havePermission;
};
