import type { CloudCalls } from './jira/jira-calls';
import * as z from 'zod';
import type { ProjectAccess } from '../../ports/project-access.port';
import { createForgeCloudClient } from './jira/forge-jira-clients';
import { isJiraRestError } from './jira/jira-rest-error';

/** The one jira.js call the adapter makes. */
export type ProjectAccessClient = { readonly permissions: Pick<CloudCalls['permissions'], 'getMyPermissions'> };

const granted = z.object({ havePermission: z.literal(true) }).loose();

/**
 * `GET /mypermissions?projectKey=&permissions=BROWSE_PROJECTS` as the user (`asUser`). Jira
 * answers 404 for a project that does not exist or that the user may not see: either way they
 * may not browse it.
 */
export const createProjectAccess = (client: () => Promise<ProjectAccessClient> = () => createForgeCloudClient('user')): ProjectAccess => ({
  async mayBrowseProject(projectKey) {
    try {
      const { permissions } = await (await client()).permissions.getMyPermissions({ projectKey, permissions: 'BROWSE_PROJECTS' });
      return granted.safeParse(permissions?.BROWSE_PROJECTS).success;
    } catch (error) {
      if (isJiraRestError(error) && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  },
});
