import Resolver from '@forge/resolver';
import { definePreferenceResolvers } from '../../../src/handlers/resolvers/preferences.resolvers';
import { languagePreferenceRepository } from '../../../src/adapters/forge/kvs/language-preference.repository';
import { memoryKeyValueStore } from '../../support/memory-key-value';

/** Calls a resolver the way the Forge runtime does: the account comes from the principal, not the payload. */
const setup = () => {
  const kv = memoryKeyValueStore();
  const handler = definePreferenceResolvers(new Resolver(), languagePreferenceRepository(kv)).getDefinitions();
  const call = (functionKey: string, payload: unknown, accountId: string | undefined) =>
    handler(
      { call: { functionKey, payload }, context: { localId: 'panel-1', extension: { type: 'jira:issuePanel' } } },
      accountId ? { principal: { accountId } } : {},
    );
  return { kv, call };
};

describe('preference resolvers', () => {
  it('remembers the language per user', async () => {
    const { call } = setup();
    expect(await call('preferences/get-language', {}, 'ann')).toEqual({ ok: true, data: { language: null } });
    expect(await call('preferences/set-language', { language: 'uk' }, 'ann')).toEqual({ ok: true, data: { language: 'uk' } });
    expect(await call('preferences/get-language', {}, 'ann')).toEqual({ ok: true, data: { language: 'uk' } });
    expect(await call('preferences/get-language', {}, 'bob')).toEqual({ ok: true, data: { language: null } });
  });

  it('takes identity from the context, not from the payload', async () => {
    const { call, kv } = setup();
    await call('preferences/set-language', { language: 'ru', accountId: 'bob' }, 'ann');
    // `.strict()` rejects the smuggled accountId, so nothing is written for anyone.
    expect(kv.writes).toBe(0);
    await call('preferences/set-language', { language: 'ru' }, 'ann');
    expect([...kv.data.keys()]).toEqual(['pref:language:ann']);
  });

  it('refuses a payload on get-language, which takes none, as every key without a request does', async () => {
    const { call } = setup();
    expect(await call('preferences/get-language', { accountId: 'bob' }, 'ann')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('rejects an unsupported language with a typed error and changes nothing', async () => {
    const { call, kv } = setup();
    const response = await call('preferences/set-language', { language: 'de' }, 'ann');
    expect(response).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('language') as unknown, fields: [expect.objectContaining({ path: 'language' })] },
    });
    expect(kv.writes).toBe(0);
  });

  it('refuses a call without a signed-in user', async () => {
    const { call } = setup();
    expect(await call('preferences/get-language', {}, undefined)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This action needs a signed-in Jira user', fields: [] },
    });
  });

  it('ignores a stored value that is no longer a supported language', async () => {
    const { call, kv } = setup();
    kv.data.set('pref:language:ann', 'klingon');
    expect(await call('preferences/get-language', {}, 'ann')).toEqual({ ok: true, data: { language: null } });
  });
});
