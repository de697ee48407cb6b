import type { Client, SendRequestOptions } from 'jira.js/core';
import { createJiraHealth } from '../../../src/adapters/forge/jira-health.adapter';

type Params = Record<string, string>;

/** Jira as the app: boris may be assigned in CMP; the app lacks Link issues. */
const fakeJira = () => {
  const requests: { url: string; params: Params }[] = [];
  const client: Client = {
    sendRequest<T>(request: SendRequestOptions<T>): Promise<T> {
      const params = request.searchParams as Params;
      requests.push({ url: request.url, params });
      if (request.url === '/rest/api/3/user/assignable/search') return Promise.resolve((params.accountId === 'boris' ? [{ accountId: 'boris', displayName: 'Boris' }] : []) as T);
      const keys = (params.permissions ?? '').split(',');
      return Promise.resolve({ permissions: Object.fromEntries(keys.filter((k) => k !== 'LINK_ISSUES').map((k) => [k, { key: k, havePermission: k !== 'EDIT_ISSUES' }])) } as T);
    },
  };
  return { client, requests };
};

describe('createJiraHealth', () => {
  it('asks per person whether they may be assigned in the project', async () => {
    const jira = fakeJira();
    expect([...(await createJiraHealth(() => jira.client).assignableIn('CMP', ['boris', 'ava']))]).toEqual(['boris']);
    expect(jira.requests).toEqual([
      { url: '/rest/api/3/user/assignable/search', params: { project: 'CMP', accountId: 'boris' } },
      { url: '/rest/api/3/user/assignable/search', params: { project: 'CMP', accountId: 'ava' } },
    ]);
  });

  it('names the permissions the app lacks in the project, and one Jira does not mention as lacking', async () => {
    const jira = fakeJira();
    expect(await createJiraHealth(() => jira.client).missingAppPermissions('CMP', ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'LINK_ISSUES'])).toEqual(['EDIT_ISSUES', 'LINK_ISSUES']);
    expect(jira.requests).toEqual([{ url: '/rest/api/3/mypermissions', params: { projectKey: 'CMP', permissions: 'BROWSE_PROJECTS,EDIT_ISSUES,LINK_ISSUES' } }]);
  });
});
