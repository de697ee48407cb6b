import Resolver from '@forge/resolver';
import { callerIsJiraAdmin } from '../../adapters/forge/jira-setup/jira-admin-check';
import { configurationResolverDeps } from '../wiring/configuration.wiring';
import { healthResolverDeps } from '../wiring/health.wiring';
import { requestSetupDeps } from '../wiring/setup.wiring';
import { storage } from '../wiring/storage.wiring';
import { defineConfigurationResolvers } from './configuration.resolvers';
import { defineHealthResolvers } from './health.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { definitionsOf } from './resolver-kit';
import { defineProjectSetupResolvers } from './project-setup.resolvers';

/** Resolver of the admin Custom UI. */
const withSetup = defineProjectSetupResolvers(definePreferenceResolvers(new Resolver(), storage.preferences), {
  callerIsJiraAdmin,
  requestSetup: requestSetupDeps,
  reports: storage.reports,
});

export const handler = definitionsOf(defineHealthResolvers(defineConfigurationResolvers(withSetup, configurationResolverDeps), healthResolverDeps));
