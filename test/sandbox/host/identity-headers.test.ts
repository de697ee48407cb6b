import type { IncomingMessage } from 'node:http';
import { settleRestIdentity } from '../../../sandbox/host/identity-headers';

const request = (headers: Record<string, string>) => ({ headers: { ...headers } }) as unknown as IncomingMessage;

describe('settleRestIdentity', () => {
  it.each([
    ['the host, with its token, speaking for the app', { 'x-sandbox-host-token': 't', 'x-forge-provider': 'app' }, { 'x-forge-provider': 'app' }],
    ['a browser claiming to be the app', { 'x-forge-provider': 'app' }, { 'x-forge-provider': 'user', 'x-forge-account-id': 'viewer' }],
    ['a browser with a wrong token', { 'x-sandbox-host-token': 'guess', 'x-forge-provider': 'user', 'x-forge-account-id': 'boss' }, { 'x-forge-provider': 'user', 'x-forge-account-id': 'viewer' }],
    ['a script with basic auth', { authorization: 'Basic abc' }, { authorization: 'Basic abc' }],
  ])('%s', (_name, headers, expected) => {
    const req = request(headers);
    settleRestIdentity(req, 't', 'viewer');
    expect(req.headers).toEqual(expected);
  });

  it.each([
    ['a browser with no user chosen', {}],
    ['a browser claiming to be the app, with no user chosen', { 'x-forge-provider': 'app' }],
  ])('leaves %s with no identity at all, which Jira answers with 401', (_name, headers) => {
    const req = request(headers);
    settleRestIdentity(req, 't', null);
    expect(req.headers).toEqual({});
  });
});
