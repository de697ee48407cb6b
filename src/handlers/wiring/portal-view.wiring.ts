import { createCustomerRequestDirectory } from '../../adapters/forge/customer-requests.adapter';
import { createForgeJiraPort } from '../../adapters/forge/jira-runtime.adapter';
import { systemClock } from '../../adapters/forge/system-clock';
import type { PortalViewResolverDeps } from '../resolvers/portal-view.resolvers';
import { migratedStore, runtimeDeps } from './runtime.wiring';
import { storage } from './storage.wiring';

/** The portal's ports as Forge provides them: JSM as the customer for who may act, the rest as the app. */
export const portalViewResolverDeps: PortalViewResolverDeps = {
  caller: { requests: createCustomerRequestDirectory(), links: storage.anonymousLinks },
  view: async () => {
    const config = await storage.configs.load();
    return { store: await migratedStore(config), config, clock: systemClock, jira: await createForgeJiraPort() };
  },
  // Raising creates an issue and records it as the intake does: the runtime's ports, with the whole Jira port.
  anonymous: async () => ({ ...(await runtimeDeps()), jira: await createForgeJiraPort(), contacts: storage.contacts, links: storage.anonymousLinks }),
};
