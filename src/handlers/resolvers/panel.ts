import Resolver from '@forge/resolver';
import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { definePreferenceResolvers } from './preferences.resolvers';

/** Resolver of the panel Custom UI. */
export const handler = definePreferenceResolvers(new Resolver(), forgeKeyValueStore).getDefinitions();
