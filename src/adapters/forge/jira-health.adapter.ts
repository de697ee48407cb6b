import type { Client } from 'jira.js/core';
import * as z from 'zod';
import type { JiraHealth } from '../../ports/jira-health.port';
import { createForgeJiraTransport } from './jira/forge-jira-transport';

const users = z.array(z.object({ accountId: z.string() }).loose());
const permissions = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() }).loose()) }).loose();

/**
 * The health check's questions to Jira, as the app: `GET /user/assignable/search` per person (it
 * answers the account only if it may be assigned), and `GET /mypermissions` per project.
 */
export const createJiraHealth = (transport: () => Client = () => createForgeJiraTransport('app')): JiraHealth => ({
  async assignableIn(projectKey, accountIds) {
    const jira = transport();
    const answers = await Promise.all(
      accountIds.map(async (accountId) =>
        users.parse(await jira.sendRequest({ url: '/rest/api/3/user/assignable/search', method: 'GET', searchParams: { project: projectKey, accountId } })),
      ),
    );
    return new Set(answers.flat().map((u) => u.accountId));
  },
  async missingAppPermissions(projectKey, wanted) {
    const answer = permissions.parse(
      await transport().sendRequest({ url: '/rest/api/3/mypermissions', method: 'GET', searchParams: { projectKey, permissions: wanted.join(',') } }),
    );
    return wanted.filter((key) => answer.permissions[key]?.havePermission !== true);
  },
});
