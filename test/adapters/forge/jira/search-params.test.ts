import { withSearchParams } from '../../../../src/adapters/forge/jira/search-params';

describe('withSearchParams', () => {
  it.each<[string, Record<string, unknown> | undefined, string]>([
    ['no parameters', undefined, '/rest/api/3/myself'],
    ['only empty values', { expand: undefined, accountId: null, fields: [] }, '/rest/api/3/myself'],
    ['scalars', { jql: 'project = CMP', maxResults: 2, failFast: false }, '/rest/api/3/myself?jql=project+%3D+CMP&maxResults=2&failFast=false'],
    ['a list, repeated as jira.js sends it', { fields: ['summary', 'status'] }, '/rest/api/3/myself?fields=summary&fields=status'],
    ['an object, as JSON', { filter: { a: 1 } }, '/rest/api/3/myself?filter=%7B%22a%22%3A1%7D'],
  ])('writes %s', (_name, params, url) => {
    expect(withSearchParams('/rest/api/3/myself', params)).toBe(url);
  });
});
