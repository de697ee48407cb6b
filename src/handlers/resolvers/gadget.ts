import Resolver from '@forge/resolver';
import { storage } from '../wiring/storage.wiring';
import { definePreferenceResolvers } from './preferences.resolvers';
import { definitionsOf } from './resolver-kit';

/** Resolver of the gadget Custom UI. */
export const handler = definitionsOf(definePreferenceResolvers(new Resolver(), storage.preferences));
