import Resolver from '@forge/resolver';
import { contactResolverDeps } from '../wiring/contact.wiring';
import { panelViewResolverDeps } from '../wiring/panel-view.wiring';
import { rerouteResolverDeps } from '../wiring/reroute.wiring';
import { storage } from '../wiring/storage.wiring';
import { defineContactResolvers } from './contact.resolvers';
import { definePanelViewResolvers } from './panel-view.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { defineRerouteResolvers } from './reroute.resolvers';
import { definitionsOf } from './resolver-kit';

/** Resolver of the panel Custom UI. */
export const handler = definitionsOf(
  definePanelViewResolvers(
  defineRerouteResolvers(defineContactResolvers(definePreferenceResolvers(new Resolver(), storage.preferences), contactResolverDeps), rerouteResolverDeps),
  panelViewResolverDeps),
);
