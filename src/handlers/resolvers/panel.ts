import Resolver from '@forge/resolver';
import { contactResolverDeps } from '../wiring/contact.wiring';
import { panelActionResolverDeps } from '../wiring/panel-actions.wiring';
import { rerouteResolverDeps } from '../wiring/reroute.wiring';
import { storage } from '../wiring/storage.wiring';
import { defineContactResolvers } from './contact.resolvers';
import { definePanelActionResolvers } from './panel-actions.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { defineRerouteResolvers } from './reroute.resolvers';
import { definitionsOf } from './resolver-kit';

/** Resolver of the panel Custom UI. */
export const handler = definitionsOf(
  definePanelActionResolvers(
  defineRerouteResolvers(defineContactResolvers(definePreferenceResolvers(new Resolver(), storage.preferences), contactResolverDeps), rerouteResolverDeps),
  panelActionResolverDeps),
);
