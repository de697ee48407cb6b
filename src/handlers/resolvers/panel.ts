import Resolver from '@forge/resolver';
import { contactResolverDeps } from '../wiring/contact.wiring';
import { panelActionResolverDeps } from '../wiring/panel-actions.wiring';
import { panelViewResolverDeps } from '../wiring/panel-view.wiring';
import { rerouteResolverDeps } from '../wiring/reroute.wiring';
import { storage } from '../wiring/storage.wiring';
import { transitionResolverDeps } from '../wiring/transition.wiring';
import { defineContactResolvers } from './contact.resolvers';
import { definePanelActionResolvers } from './panel-actions.resolvers';
import { definePanelViewResolvers } from './panel-view.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { defineRerouteResolvers } from './reroute.resolvers';
import { definitionsOf } from './resolver-kit';
import { defineTransitionResolvers } from './transition.resolvers';

/** Each part of the panel's resolver adds its keys to the one Resolver. */
const PARTS: readonly ((resolver: Resolver) => Resolver)[] = [
  (r) => definePreferenceResolvers(r, storage.preferences),
  (r) => defineContactResolvers(r, contactResolverDeps),
  (r) => defineRerouteResolvers(r, rerouteResolverDeps),
  (r) => definePanelViewResolvers(r, panelViewResolverDeps),
  (r) => defineTransitionResolvers(r, transitionResolverDeps),
  (r) => definePanelActionResolvers(r, panelActionResolverDeps),
];

/** Resolver of the panel Custom UI. */
export const handler = definitionsOf(PARTS.reduce((resolver, define) => define(resolver), new Resolver()));
