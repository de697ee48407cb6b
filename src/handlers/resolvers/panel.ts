import Resolver from '@forge/resolver';
import { storage } from '../wiring/storage.wiring';
import { definePreferenceResolvers } from './preferences.resolvers';

/** Resolver of the panel Custom UI. */
export const handler = definePreferenceResolvers(new Resolver(), storage.preferences).getDefinitions();
