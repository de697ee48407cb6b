import type { CloudCalls } from './jira/jira-calls';
import * as z from 'zod';
import type { CallerDirectory, CallerGroups } from '../../ports/caller.port';
import { createForgeCloudClient } from './jira/forge-jira-clients';
import { isJiraRestError } from './jira/jira-rest-error';

/** The two jira.js calls the directory makes. */
export type CallerClient = { readonly permissions: Pick<CloudCalls['permissions'], 'getMyPermissions'>; readonly myself: Pick<CloudCalls['myself'], 'getCurrentUser'> };

const granted = z.object({ havePermission: z.literal(true) }).loose();
const groupList = z.object({ groups: z.object({ items: z.array(z.object({ name: z.string() }).loose()) }).loose() }).loose();

/**
 * Browse Projects on the issue, and Administer Jira, in one call. Jira answers 404 for an issue
 * that does not exist, and (the narrower reading of its documentation) for one the user may not
 * see: either way the user may not browse it.
 */
const permissionsOn = async (client: CallerClient, issueId: string) => {
  try {
    const { permissions } = await client.permissions.getMyPermissions({ issueId, permissions: 'BROWSE_PROJECTS,ADMINISTER' });
    return { mayBrowse: granted.safeParse(permissions?.BROWSE_PROJECTS).success, isJiraAdmin: granted.safeParse(permissions?.ADMINISTER).success };
  } catch (error) {
    if (isJiraRestError(error) && error.code === 'NOT_FOUND') return { mayBrowse: false, isJiraAdmin: false };
    throw error;
  }
};

/**
 * `expand=groups` lists every group, nested ones included. An answer without the list counts as
 * no groups: the caller then holds no group's power, which fails closed.
 */
const groupsOf = async (client: Pick<CallerClient, 'myself'>): Promise<string[]> => {
  const parsed = groupList.safeParse(await client.myself.getCurrentUser({ expand: 'groups' }));
  return parsed.success ? parsed.data.groups.items.map((group) => group.name) : [];
};

/**
 * The invoking user's facts, asked of Jira as that user (`asUser`): `GET /myself?expand=groups`
 * needs no permission beyond using Jira, where `GET /user/groups` would need Browse users and
 * groups; and `GET /mypermissions?issueId=` answers for the issue as its permission scheme and
 * security level see the user.
 */
export const createCallerDirectory = (client: () => Promise<CallerClient> = () => createForgeCloudClient('user')): CallerDirectory => ({
  async factsOn(issueId) {
    const jira = await client();
    const [permissions, groups] = await Promise.all([permissionsOn(jira, issueId), groupsOf(jira)]);
    return { ...permissions, groups };
  },
});

/** The invoking user's groups alone (`GET /myself?expand=groups` as the user), for a page that is on no issue. */
export const createCallerGroups = (client: () => Promise<Pick<CallerClient, 'myself'>> = () => createForgeCloudClient('user')): CallerGroups => ({
  groupsOfCaller: async () => groupsOf(await client()),
});
