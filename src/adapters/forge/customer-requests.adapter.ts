import * as z from 'zod';
import type { CustomerRequestDirectory } from '../../ports/customer-requests.port';
import { allPages } from './jira-setup/jira-answers';
import type { ServiceDeskCalls } from './jira/jira-calls';
import { createForgeServiceDeskClient } from './jira/forge-jira-clients';
import { isJiraRestError } from './jira/jira-rest-error';

/** The two JSM calls the directory makes. */
export type CustomerRequestClient = { readonly request: ServiceDeskCalls['request'] };

const requestAnswer = z.object({ issueId: z.union([z.string(), z.number()]).transform(String), reporter: z.object({ accountId: z.string() }).loose().nullish() }).loose();
const participant = z.object({ accountId: z.string() }).loose();

/**
 * JSM's customer requests asked as the invoking user (`asUser`): `GET /request/{key}` answers 404
 * for a request that user may not see, and its participants are listed only to whoever sees it.
 * An answer without an issue id counts as not shown, which fails closed.
 */
export const createCustomerRequestDirectory = (client: () => Promise<CustomerRequestClient> = () => createForgeServiceDeskClient('user')): CustomerRequestDirectory => ({
  async requestOf(issueKey) {
    const jira = await client();
    try {
      const parsed = requestAnswer.safeParse(await jira.request.getCustomerRequestByIdOrKey({ issueIdOrKey: issueKey }));
      return parsed.success ? { issueId: parsed.data.issueId, reporterAccountId: parsed.data.reporter?.accountId ?? null } : null;
    } catch (error) {
      if (isJiraRestError(error) && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  },
  async participantsOf(issueKey) {
    const jira = await client();
    const users = await allPages((start) => jira.request.getRequestParticipants({ issueIdOrKey: issueKey, start }));
    return users.flatMap((user) => {
      const parsed = participant.safeParse(user);
      return parsed.success ? [parsed.data.accountId] : [];
    });
  },
});
