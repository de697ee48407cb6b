/*
 * The default `call` goes through the real @forge/bridge, which reaches its host only through
 * `globalThis.__bridge.callBridge` (read when the module loads), exactly as in the sandbox.
 */
import type * as ApiModule from '../../../static/shared/api';

const callBridge = jest.fn<Promise<unknown>, [string, unknown]>();
Object.assign(globalThis, { __bridge: { callBridge } });
const { call } = jest.requireActual<typeof ApiModule>('../../../static/shared/api');

describe('call over @forge/bridge', () => {
  it('invokes the resolver key with the request and unwraps the ResolverResponse', async () => {
    callBridge.mockResolvedValueOnce({ ok: true, data: { language: 'ru' } });
    await expect(call('preferences/set-language', { language: 'ru' })).resolves.toEqual({ language: 'ru' });
    expect(callBridge).toHaveBeenCalledWith('invoke', { functionKey: 'preferences/set-language', payload: { language: 'ru' }, metadata: undefined });
  });

  it('turns a resolver error into a UiError', async () => {
    callBridge.mockResolvedValueOnce({ ok: false, error: { code: 'FORBIDDEN', message: 'No', fields: [] } });
    await expect(call('preferences/get-language', {})).rejects.toMatchObject({ name: 'UiError', code: 'FORBIDDEN' });
  });
});
