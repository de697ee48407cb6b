import type Resolver from '@forge/resolver';
import * as z from 'zod';
import { LANGUAGES } from '../../domain/language';
import type { LanguagePreferenceRepository } from '../../ports/language-preference.port';
import { getLanguagePreference } from '../../usecases/preferences/get-language-preference';
import { setLanguagePreference } from '../../usecases/preferences/set-language-preference';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { parsePayload, respond, trustedContext } from './resolver-kit';

const getLanguageSchema = z.object({}).strict();
const setLanguageSchema = z.object({ language: z.enum(LANGUAGES) }).strict();

/** The language preference keys, which every UI surface offers. */
export const definePreferenceResolvers = (resolver: Resolver, preferences: LanguagePreferenceRepository): Resolver =>
  resolver
    .define(
      'preferences/get-language',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'preferences/get-language'>>> =>
        respond(async () => {
          const { accountId } = trustedContext(context);
          parsePayload(getLanguageSchema, payload);
          return { language: await getLanguagePreference(preferences, accountId) };
        }),
    )
    .define(
      'preferences/set-language',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'preferences/set-language'>>> =>
        respond(async () => {
          const { accountId } = trustedContext(context);
          const { language } = parsePayload(setLanguageSchema, payload);
          return { language: await setLanguagePreference(preferences, accountId, language) };
        }),
    );
