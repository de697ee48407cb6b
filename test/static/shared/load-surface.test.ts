import { loadSurface } from '../../../static/shared/shell/load-surface';
import { HOST_TIMEOUT_MS } from '../../../static/shared/shell/surface-host';
import { UiError } from '../../../static/shared/ui-error';
import { makeContext, makeHost } from '../support/fake-host';

const savedLanguage = (language: string | null) => () => Promise.resolve({ language });

describe('loadSurface', () => {
  it.each([
    ['the saved language wins over the Jira locale', 'uk', 'ru-RU', 'uk'],
    ['without a saved language the Jira locale decides', null, 'ru-RU', 'ru'],
    ['an unsupported locale and nothing saved give English', null, 'fr-FR', 'en'],
  ])('%s', async (_case, saved, locale, expected) => {
    const host = makeHost({ context: makeContext({ locale }), onCall: savedLanguage(saved) });
    const loaded = await loadSurface(host);
    expect(loaded.language).toBe(expected);
    expect(host.calls).toEqual([{ key: 'preferences/get-language', request: {} }]);
  });

  it('returns the context it loaded', async () => {
    const context = makeContext({ locale: 'uk-UA' });
    await expect(loadSurface(makeHost({ context }))).resolves.toEqual({ context, language: 'uk' });
  });

  it('falls back to the Jira locale when the preference cannot be read', async () => {
    const host = makeHost({ context: makeContext({ locale: 'ru-RU' }), onCall: () => Promise.reject(new UiError('STORE_ERROR', 'kvs down')) });
    await expect(loadSurface(host)).resolves.toMatchObject({ language: 'ru' });
  });

  it('still loads when theming fails: the token fallbacks give the light theme', async () => {
    const host = makeHost({ enableTheme: () => Promise.reject(new Error('no theming here')) });
    await expect(loadSurface(host)).resolves.toMatchObject({ language: 'en' });
  });

  it('fails with a UiError when the context cannot be read', async () => {
    const host = makeHost({ context: () => Promise.reject(new Error('bridge gone')) });
    await expect(loadSurface(host)).rejects.toMatchObject({ name: 'UiError', code: 'BRIDGE', message: 'bridge gone' });
  });

  describe('with a host that never answers', () => {
    beforeEach(() => {
      jest.useFakeTimers();
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    it(`gives up on the context after ${HOST_TIMEOUT_MS} ms with TIMEOUT`, async () => {
      const host = makeHost({ context: () => new Promise(() => undefined) });
      const outcome = loadSurface(host).catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(HOST_TIMEOUT_MS);
      await expect(outcome).resolves.toMatchObject({ code: 'TIMEOUT' });
    });

    it('does not wait for theming beyond the same limit', async () => {
      const host = makeHost({ enableTheme: () => new Promise(() => undefined) });
      let loaded = false;
      void loadSurface(host).then(() => {
        loaded = true;
      });
      await jest.advanceTimersByTimeAsync(HOST_TIMEOUT_MS - 1);
      expect(loaded).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(loaded).toBe(true);
    });
  });
});
