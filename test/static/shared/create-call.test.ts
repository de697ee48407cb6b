import { CALL_TIMEOUT_MS, createCall, type Invoker } from '../../../static/shared/create-call';
import { UiError } from '../../../static/shared/ui-error';

const answering =
  (response: unknown): Invoker =>
  () =>
    Promise.resolve(response);

const failureOf = async (promise: Promise<unknown>): Promise<UiError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UiError) return error;
    throw new Error(`expected a UiError, got ${String(error)}`);
  }
  throw new Error('expected the call to fail');
};

describe('createCall', () => {
  it('sends the key and the request, and returns the data of an ok response', async () => {
    const invoker = jest.fn<Promise<unknown>, Parameters<Invoker>>(() => Promise.resolve({ ok: true, data: { language: 'uk' } }));
    const call = createCall(invoker);
    await expect(call('preferences/set-language', { language: 'uk' })).resolves.toEqual({ language: 'uk' });
    expect(invoker).toHaveBeenCalledWith('preferences/set-language', { language: 'uk' });
  });

  it('maps { ok: false } to a UiError with the code, message and field issues', async () => {
    const fields = [{ path: 'language', message: 'Invalid option' }];
    const call = createCall(answering({ ok: false, error: { code: 'INVALID_INPUT', message: 'Bad payload', fields } }));
    const error = await failureOf(call('preferences/set-language', { language: 'en' }));
    expect([error.code, error.message, error.fields]).toEqual(['INVALID_INPUT', 'Bad payload', fields]);
  });

  it.each([
    ['an unknown error code becomes INTERNAL', { ok: false, error: { code: 'WHAT', message: 'm', fields: [] } }, 'INTERNAL'],
    ['an error without a message', { ok: false, error: { code: 'FORBIDDEN' } }, 'BAD_RESPONSE'],
    ['a body that is no ResolverResponse', { language: 'en' }, 'BAD_RESPONSE'],
    ['nothing at all', undefined, 'BAD_RESPONSE'],
    ['ok without data', { ok: true }, 'BAD_RESPONSE'],
  ])('%s', async (_case, response, code) => {
    const error = await failureOf(createCall(answering(response))('preferences/get-language', {}));
    expect(error.code).toBe(code);
  });

  it('drops malformed field issues but keeps the well-formed ones', async () => {
    const good = { path: 'a', message: 'b' };
    const call = createCall(answering({ ok: false, error: { code: 'INVALID_INPUT', message: 'm', fields: [good, { path: 1 }, 'x'] } }));
    expect((await failureOf(call('preferences/get-language', {}))).fields).toEqual([good]);
  });

  it('wraps a rejected bridge call as BRIDGE, keeping the cause', async () => {
    const cause = new Error('Unable to establish a connection with the Custom UI bridge');
    const error = await failureOf(createCall(() => Promise.reject(cause))('preferences/get-language', {}));
    expect([error.code, error.message, error.cause]).toEqual(['BRIDGE', cause.message, cause]);
  });

  describe('a call that never answers', () => {
    beforeEach(() => {
      jest.useFakeTimers();
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    it(`is still pending 1 ms before ${CALL_TIMEOUT_MS} ms and fails with TIMEOUT at it`, async () => {
      const call = createCall(() => new Promise<unknown>(() => undefined));
      let settled: UiError | null = null;
      void failureOf(call('preferences/get-language', {})).then((error) => {
        settled = error;
      });
      await jest.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
      expect(settled).toBeNull();
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toMatchObject({ code: 'TIMEOUT' });
    });

    it('honours a shorter timeout', async () => {
      const outcome = failureOf(createCall(() => new Promise<unknown>(() => undefined), 500)('preferences/get-language', {}));
      await jest.advanceTimersByTimeAsync(500);
      await expect(outcome).resolves.toMatchObject({ code: 'TIMEOUT' });
    });
  });
});
