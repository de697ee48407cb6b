import Resolver from '@forge/resolver';
import { createUserNameDirectory } from '../../adapters/forge/user-names.adapter';
import { createUserSearch } from '../../adapters/forge/user-search.adapter';
import { callerIsJiraAdmin } from '../../adapters/forge/jira-setup/jira-admin-check';
import { requestSetupDeps } from '../wiring/setup.wiring';
import { storage } from '../wiring/storage.wiring';
import { defineConfigurationResolvers } from './configuration.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { definitionsOf } from './resolver-kit';
import { defineProjectSetupResolvers } from './project-setup.resolvers';

/** Resolver of the admin Custom UI. */
export const handler = definitionsOf(
  defineConfigurationResolvers(
    defineProjectSetupResolvers(definePreferenceResolvers(new Resolver(), storage.preferences), {
      callerIsJiraAdmin,
      requestSetup: requestSetupDeps,
      reports: storage.reports,
    }),
    { callerIsJiraAdmin, configs: storage.configs, bindings: storage.bindings, requestSetup: requestSetupDeps, names: createUserNameDirectory(), users: createUserSearch() },
  ),
);
