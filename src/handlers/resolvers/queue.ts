import Resolver from '@forge/resolver';
import { queueResolverDeps } from '../wiring/queue.wiring';
import { storage } from '../wiring/storage.wiring';
import { definePreferenceResolvers } from './preferences.resolvers';
import { defineQueueResolvers } from './queue.resolvers';
import { definitionsOf } from './resolver-kit';

/** Resolver of the advocate's queue page Custom UI. */
export const handler = definitionsOf(defineQueueResolvers(definePreferenceResolvers(new Resolver(), storage.preferences), queueResolverDeps));
