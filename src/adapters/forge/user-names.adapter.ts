import type { Client } from 'jira.js/core';
import * as z from 'zod';
import type { UserNameDirectory } from '../../ports/user-names.port';
import { createForgeJiraTransport } from './jira/forge-jira-transport';

/**
 * Account ids per request: Jira's page is 10 users unless asked for more, and each id lengthens
 * the URL by up to 140 characters, so 50 keep it near 7 KB.
 */
export const IDS_PER_REQUEST = 50;

// jira.js 6 does not wrap GET /user/bulk, so its answer (a PageBeanUser) is read here.
const userPage = z
  .object({
    isLast: z.boolean().optional(),
    values: z.array(z.object({ accountId: z.string(), displayName: z.string().optional(), active: z.boolean().optional() }).loose()).default([]),
  })
  .loose();

/** One batch of ids, page by page: Jira may answer fewer users a page than asked for. */
const namesOfBatch = async (jira: Client, accountIds: readonly string[], names: Map<string, string>): Promise<void> => {
  for (let startAt = 0; ; ) {
    const page = userPage.parse(
      await jira.sendRequest({ url: '/rest/api/3/user/bulk', method: 'GET', searchParams: { accountId: accountIds, startAt, maxResults: accountIds.length } }),
    );
    for (const user of page.values) {
      // An inactive account keeps its name in Jira, but the panel names only people who can act.
      if (user.active !== false && user.displayName !== undefined) names.set(user.accountId, user.displayName);
    }
    startAt += page.values.length;
    if (page.isLast !== false || page.values.length === 0 || startAt >= accountIds.length) return;
  }
};

/**
 * Display names from Jira's `GET /rest/api/3/user/bulk`, asked as the app ("Permission to access
 * Jira" is all it needs, where `GET /user/search` would need Browse users and groups), through
 * the transport's retries. Names only decorate the view: when Jira cannot answer, the panel
 * opens without them rather than not at all.
 */
export const createUserNameDirectory = (transport: () => Client = () => createForgeJiraTransport('app')): UserNameDirectory => ({
  async displayNamesOf(accountIds) {
    const ids = [...new Set(accountIds)];
    const names = new Map<string, string>();
    if (ids.length === 0) return names;
    const jira = transport();
    const batches = Array.from({ length: Math.ceil(ids.length / IDS_PER_REQUEST) }, (_, i) => ids.slice(i * IDS_PER_REQUEST, (i + 1) * IDS_PER_REQUEST));
    try {
      await Promise.all(batches.map((batch) => namesOfBatch(jira, batch, names)));
    } catch (error) {
      console.warn('User names: Jira could not tell some display names, so the panel shows those people without them', error);
    }
    return names;
  },
});
