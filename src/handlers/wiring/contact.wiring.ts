import { createCallerDirectory } from '../../adapters/forge/caller-directory.adapter';
import { systemClock } from '../../adapters/forge/system-clock';
import type { ContactResolverDeps } from '../resolvers/contact.resolvers';
import { migratedStore } from './runtime.wiring';
import { storage } from './storage.wiring';

/** The contact keys' ports as Forge provides them; the database and configuration are the invoking installation's. */
export const contactResolverDeps: ContactResolverDeps = {
  callers: createCallerDirectory(),
  contact: async () => {
    const config = await storage.configs.load();
    return { store: await migratedStore(config), config, contacts: storage.contacts, links: storage.anonymousLinks, clock: systemClock };
  },
};
