import type { IncomingMessage } from 'node:http';
import { HttpError } from '../../../sandbox/http/http-kit';
import { refuseCrossOrigin } from '../../../sandbox/http/same-origin';

const request = (method: string, headers: Record<string, string>) => ({ method, headers: { host: 'localhost:4000', ...headers } }) as unknown as IncomingMessage;

describe('refuseCrossOrigin', () => {
  it.each([
    ['a POST from a page of the sandbox', 'POST', { origin: 'http://localhost:4000' }],
    ['a POST from a script, which names no origin', 'POST', {}],
    ['a GET from anywhere', 'GET', { origin: 'http://evil.test' }],
  ])('lets through %s', (_name, method, headers) => {
    expect(() => {
      refuseCrossOrigin(request(method, headers));
    }).not.toThrow();
  });

  it.each([
    ['another site', 'http://evil.test'],
    ['another port of the same host, which is the same site for cookies', 'http://localhost:3000'],
    ['an opaque origin', 'null'],
  ])('refuses a POST from %s', (_name, origin) => {
    expect(() => {
      refuseCrossOrigin(request('POST', { origin }));
    }).toThrow(new HttpError(403, 'XSRF check failed'));
  });
});
