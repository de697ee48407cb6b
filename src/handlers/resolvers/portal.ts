import Resolver from '@forge/resolver';
import { portalActionResolverDeps } from '../wiring/portal-actions.wiring';
import { portalViewResolverDeps } from '../wiring/portal-view.wiring';
import { storage } from '../wiring/storage.wiring';
import { definePortalActionResolvers } from './portal-actions.resolvers';
import { definePortalViewResolvers } from './portal-view.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { definitionsOf } from './resolver-kit';

/** Each part of the portal's resolver adds its keys to the one Resolver. */
const PARTS: readonly ((resolver: Resolver) => Resolver)[] = [
  (r) => definePreferenceResolvers(r, storage.preferences),
  (r) => definePortalViewResolvers(r, portalViewResolverDeps),
  (r) => definePortalActionResolvers(r, portalActionResolverDeps),
];

/** Resolver of the customer portal's Custom UI (the request page's module and the profile panel). */
export const handler = definitionsOf(PARTS.reduce((resolver, define) => define(resolver), new Resolver()));
