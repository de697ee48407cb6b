import { createCustomerRequestDirectory } from '../../adapters/forge/customer-requests.adapter';
import { createIssueTransitions } from '../../adapters/forge/issue-transitions.adapter';
import { createForgeCloudClient } from '../../adapters/forge/jira/forge-jira-clients';
import type { PortalActionResolverDeps } from '../resolvers/portal-actions.resolvers';
import { runtimeDeps } from './runtime.wiring';
import { storage } from './storage.wiring';

/**
 * The portal actions' ports as Forge provides them: JSM as the customer for who may act; the
 * runtime's for the rest, with Jira's transitions as the app, since the app reopens a complaint
 * for the customer, who may not transition it in Jira.
 */
export const portalActionResolverDeps: PortalActionResolverDeps = {
  customers: { requests: createCustomerRequestDirectory(), links: storage.anonymousLinks },
  runtime: async () => ({ ...(await runtimeDeps()), appTransitions: createIssueTransitions(() => createForgeCloudClient('app')) }),
};
