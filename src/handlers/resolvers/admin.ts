import Resolver from '@forge/resolver';
import { forgeAppIdentity } from '../../adapters/forge/jira-setup/app-identity';
import { createForgeJiraSetup } from '../../adapters/forge/jira-setup/forge-jira-setup';
import { callerIsJiraAdmin } from '../../adapters/forge/jira-setup/jira-admin-check';
import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { definePreferenceResolvers } from './preferences.resolvers';
import { defineProjectSetupResolvers } from './project-setup.resolvers';

/** Resolver of the admin Custom UI. */
export const handler = defineProjectSetupResolvers(definePreferenceResolvers(new Resolver(), forgeKeyValueStore), {
  kv: forgeKeyValueStore,
  callerIsJiraAdmin,
  jiraSetup: createForgeJiraSetup,
  app: forgeAppIdentity,
  clock: { now: () => Date.now() },
}).getDefinitions();
