import { createCallerDirectory } from '../../adapters/forge/caller-directory.adapter';
import { systemClock } from '../../adapters/forge/system-clock';
import { createUserNameDirectory } from '../../adapters/forge/user-names.adapter';
import type { PanelViewResolverDeps } from '../resolvers/panel-view.resolvers';
import { createForgeSqlTriageModel } from '../../adapters/forge/sql/forge-sql-store.adapter';
import { migratedStore } from './runtime.wiring';
import { storage } from './storage.wiring';

/** The panel view's ports as Forge provides them; the database and configuration are the invoking installation's. */
export const panelViewResolverDeps: PanelViewResolverDeps = {
  callers: createCallerDirectory(),
  view: async () => {
    const config = await storage.configs.load();
    return { store: await migratedStore(config), config, clock: systemClock, names: createUserNameDirectory(), contacts: storage.contacts, triage: createForgeSqlTriageModel() };
  },
};
