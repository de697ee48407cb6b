import { NeedsAuthenticationError } from '@forge/api';
import { AppError } from '../../../src/domain/app-error';
import Resolver from '@forge/resolver';
import { definitionsOf, respond, trustedIssueContext } from '../../../src/handlers/resolvers/resolver-kit';

describe('respond', () => {
  it('wraps data', async () => {
    expect(await respond(() => Promise.resolve(42))).toEqual({ ok: true, data: 42 });
  });

  it('passes an AppError through with its code and fields', async () => {
    const fields = [{ path: 'x', message: 'bad' }];
    expect(await respond(() => Promise.reject(new AppError('CONFLICT', 'stale', { fields })))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'stale', fields },
    });
  });

  it('hides an unexpected error behind INTERNAL', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await respond(() => Promise.reject(new Error('db password leaked')));
    expect(response).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side. Try again.', fields: [] } });
    expect(JSON.stringify(response)).not.toContain('password');
    spy.mockRestore();
  });

  it("lets Forge's consent request through, so the platform can ask the user to allow the app", async () => {
    const consent = new NeedsAuthenticationError('Authentication required', 'jira');
    await expect(respond(() => Promise.reject(consent))).rejects.toBe(consent);
  });
});

describe('trustedIssueContext', () => {
  it("takes the user and the issue from the context's principal and extension", () => {
    expect(trustedIssueContext({ accountId: 'ann', extension: { issue: { id: '10042', key: 'CMP-42' } } })).toEqual({ accountId: 'ann', issueId: '10042' });
  });

  it.each([
    ['no issue', { accountId: 'ann', extension: {} }],
    ['an issue without its id', { accountId: 'ann', extension: { issue: { key: 'CMP-42' } } }],
    ['an id that is not a number', { accountId: 'ann', extension: { issue: { id: '../10042', key: 'CMP-42' } } }],
  ])('answers NOT_FOUND for a context with %s', (_what, context) => {
    expect(() => trustedIssueContext(context)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as Error);
  });

  it('refuses a call without a user', () => {
    expect(() => trustedIssueContext({ extension: { issue: { id: '10042', key: 'CMP-42' } } })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }) as Error);
  });
});

describe('definitionsOf', () => {
  const handler = definitionsOf(new Resolver().define('echo/ping', () => ({ ok: true, data: 'pong' })));
  const call = (functionKey: string) => handler({ call: { functionKey, payload: { secret: 'x' } }, context: {} }, { principal: { accountId: 'ann' } });

  it('answers the keys the resolver defines', async () => {
    expect(await call('echo/ping')).toEqual({ ok: true, data: 'pong' });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('answers %s, which every object inherits, with a typed not-found and no echo', async (key) => {
    expect(await call(key)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: `There is no resolver function "${key}".`, fields: [] } });
  });
});
