import type { Client } from 'jira.js/core';
import * as z from 'zod';
import type { UserSearch } from '../../ports/user-search.port';
import { createForgeJiraTransport } from './jira/forge-jira-transport';

const foundUsers = z.array(
  z.object({ accountId: z.string(), accountType: z.string().optional(), displayName: z.string().optional(), active: z.boolean().optional() }).loose(),
);

/**
 * Jira's `GET /rest/api/3/user/search` as the invoking user: it needs their "Browse users and
 * groups", and answers an empty list without it. Portal customers and apps are left out, since
 * neither can lead a department.
 */
export const createUserSearch = (transport: () => Client = () => createForgeJiraTransport('user')): UserSearch => ({
  async find(query, limit) {
    const answer = foundUsers.parse(await transport().sendRequest({ url: '/rest/api/3/user/search', method: 'GET', searchParams: { query, maxResults: limit } }));
    return answer
      .filter((user) => user.active !== false && (user.accountType ?? 'atlassian') === 'atlassian' && user.displayName !== undefined)
      .map((user) => ({ accountId: user.accountId, displayName: user.displayName ?? user.accountId }));
  },
});
