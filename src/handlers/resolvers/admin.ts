import Resolver from '@forge/resolver';
import { callerIsJiraAdmin } from '../../adapters/forge/jira-setup/jira-admin-check';
import { configurationResolverDeps } from '../wiring/configuration.wiring';
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
    configurationResolverDeps,
  ),
);
