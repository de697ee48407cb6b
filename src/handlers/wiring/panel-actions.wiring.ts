import { createCallerDirectory } from '../../adapters/forge/caller-directory.adapter';
import { createForgeJiraPort } from '../../adapters/forge/jira-runtime.adapter';
import type { PanelActionResolverDeps } from '../resolvers/panel-actions.resolvers';
import { runtimeDeps } from './runtime.wiring';
import { storage } from './storage.wiring';

/**
 * Nudge and follow-up's ports as Forge provides them: the runtime's, with the whole Jira port (a
 * follow-up creates and links issues, which the runtime's type leaves out) and the contact data
 * that a follow-up copies.
 */
export const panelActionResolverDeps: PanelActionResolverDeps = {
  callers: createCallerDirectory(),
  runtime: async () => ({ ...(await runtimeDeps()), jira: await createForgeJiraPort(), contacts: storage.contacts }),
};
