import Resolver from '@forge/resolver';
import { contactResolverDeps } from '../wiring/contact.wiring';
import { rerouteResolverDeps } from '../wiring/reroute.wiring';
import { storage } from '../wiring/storage.wiring';
import { transitionResolverDeps } from '../wiring/transition.wiring';
import { defineContactResolvers } from './contact.resolvers';
import { definePreferenceResolvers } from './preferences.resolvers';
import { defineRerouteResolvers } from './reroute.resolvers';
import { definitionsOf } from './resolver-kit';
import { defineTransitionResolvers } from './transition.resolvers';

/** Resolver of the panel Custom UI. */
export const handler = definitionsOf(
  defineTransitionResolvers(
    defineRerouteResolvers(defineContactResolvers(definePreferenceResolvers(new Resolver(), storage.preferences), contactResolverDeps), rerouteResolverDeps),
    transitionResolverDeps,
  ),
);
