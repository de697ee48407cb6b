import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { LANGUAGES } from '../../domain/language';
import type { KeyValueStore } from '../../ports/key-value.port';
import { getLanguagePreference, setLanguagePreference } from '../../adapters/forge/kvs/language-preference.repository';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { parsePayload, respond, trustedContext } from './resolver-kit';

const setLanguageSchema = z.object({ language: z.enum(LANGUAGES) }).strict();

/** The language preference keys, which every UI surface offers. */
export const definePreferenceResolvers = (resolver: Resolver, kv: KeyValueStore): Resolver =>
  resolver
    .define(
      'preferences/get-language',
      ({ context }): Promise<ResolverResponse<ResponseOf<'preferences/get-language'>>> =>
        respond(async () => {
          const { accountId } = trustedContext(context);
          return { language: await getLanguagePreference(kv, accountId) };
        }),
    )
    .define(
      'preferences/set-language',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'preferences/set-language'>>> =>
        respond(async () => {
          const { accountId } = trustedContext(context);
          const { language } = parsePayload(setLanguageSchema, payload);
          return { language: await setLanguagePreference(kv, accountId, language) };
        }),
    );
