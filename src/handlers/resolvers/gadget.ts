import Resolver from '@forge/resolver';
import { dashboardResolverDeps } from '../wiring/dashboard.wiring';
import { storage } from '../wiring/storage.wiring';
import { defineDashboardResolvers } from './dashboard.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { definitionsOf } from './resolver-kit';

/** Resolver of the gadget Custom UI. */
export const handler = definitionsOf(defineDashboardResolvers(definePreferenceResolvers(new Resolver(), storage.preferences), dashboardResolverDeps));
