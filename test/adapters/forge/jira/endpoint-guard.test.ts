import { assertAllowedEndpoint } from '../../../../src/adapters/forge/jira/endpoint-guard';
import { AppError } from '../../../../src/domain/app-error';

const refusal = (method: string, path: string): unknown => {
  try {
    assertAllowedEndpoint(method, path);
    return null;
  } catch (error) {
    return error;
  }
};

describe('assertAllowedEndpoint', () => {
  it.each<[string, string]>([
    ['GET', '/rest/api/3/search/jql'],
    ['POST', '/rest/api/3/search/jql'],
    ['POST', '/rest/api/3/search/approximate-count'],
    ['POST', '/rest/api/3/expression/evaluate'],
    ['POST', '/rest/api/3/workflows/create'],
    ['GET', '/rest/api/3/workflowscheme/project'],
    ['GET', '/rest/api/3/issue/CMP-1'],
    ['POST', '/rest/servicedeskapi/servicedesk/1/requesttype'],
  ])('lets %s %s through', (method, path) => {
    expect(refusal(method, path)).toBeNull();
  });

  it.each<[string, string, string]>([
    ['GET', '/rest/api/3/search', '/rest/api/3/search/jql'],
    ['POST', '/rest/api/3/search', '/rest/api/3/search/jql'],
    ['GET', '/rest/api/3/search/', '/rest/api/3/search/jql'],
    ['POST', '/rest/api/2/search', '/rest/api/3/search/jql'],
    ['POST', '/rest/api/3/search/id', '/rest/api/3/search/jql'],
    ['POST', '/rest/api/3/expression/eval', '/rest/api/3/expression/evaluate'],
    ['POST', '/rest/api/3/workflow', '/rest/api/3/workflows/create'],
    ['post', '/rest/api/3/workflow', '/rest/api/3/workflows/create'],
  ])('refuses the removed %s %s, naming %s', (method, path, instead) => {
    const error = refusal(method, path);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining(`use ${instead}`) as unknown });
  });

  it.each<[string]>([
    ['/rest/api/3/issue/../group'],
    ['/rest/api/3/issue/%2e%2E/group'],
    ['/rest/api/3/issue/./CMP-1'],
    ['/rest/api/3/issue/CMP-1?expand=names'],
    ['/rest/api/3/issue/CMP-1#x'],
    ['/rest/api/3/issue/a\\b'],
    ['/wiki/rest/api/content'],
    ['rest/api/3/issue/CMP-1'],
  ])('refuses the unsafe path %s', (path) => {
    expect(refusal('GET', path)).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
