import type { Client } from 'jira.js/core';
import * as z from 'zod';
import type { ProjectComponentDirectory } from '../../ports/project-components.port';
import { createForgeJiraTransport } from './jira/forge-jira-transport';

const components = z.array(
  z
    .object({
      id: z.string(),
      name: z.string(),
      lead: z.object({ accountId: z.string(), displayName: z.string().optional(), active: z.boolean().optional() }).loose().optional(),
    })
    .loose(),
);

/**
 * Jira's `GET /rest/api/3/project/{key}/components` as the invoking user (Browse Projects). An
 * inactive component lead is left out: they could not take complaints.
 */
export const createProjectComponentDirectory = (transport: () => Client = () => createForgeJiraTransport('user')): ProjectComponentDirectory => ({
  async componentsOf(projectKey) {
    // The key was checked against Jira's key pattern by the resolver, so it is safe in the path.
    const answer = components.parse(await transport().sendRequest({ url: `/rest/api/3/project/${projectKey}/components`, method: 'GET' }));
    return answer.map(({ id, name, lead }) => ({
      id,
      name,
      lead: lead === undefined || lead.active === false ? null : { accountId: lead.accountId, displayName: lead.displayName ?? lead.accountId },
    }));
  },
});
