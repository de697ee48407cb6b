import type { Client, SendRequestOptions } from 'jira.js/core';
import { createUserSearch } from '../../../src/adapters/forge/user-search.adapter';

/** Jira's `GET /user/search` answering a fixed list, recording what it was asked. */
const fakeJira = (answer: unknown) => {
  const requests: SendRequestOptions[] = [];
  const client: Client = {
    sendRequest<T>(request: SendRequestOptions<T>): Promise<T> {
      requests.push(request);
      return Promise.resolve(answer as T);
    },
  };
  return { client, requests };
};

describe('createUserSearch', () => {
  it('asks Jira for a page of users and keeps the active people with a name, leaving out customers and apps', async () => {
    const jira = fakeJira([
      { accountId: 'sofia', accountType: 'atlassian', displayName: 'Sofia Stone', active: true },
      { accountId: 'gone', accountType: 'atlassian', displayName: 'Old Timer', active: false },
      { accountId: 'cust', accountType: 'customer', displayName: 'Carl Customer', active: true },
      { accountId: 'bot', accountType: 'app', displayName: 'Automation', active: true },
      { accountId: 'hidden', accountType: 'atlassian', active: true },
    ]);
    expect(await createUserSearch(() => jira.client).find('so', 20)).toEqual([{ accountId: 'sofia', displayName: 'Sofia Stone' }]);
    expect(jira.requests).toEqual([{ url: '/rest/api/3/user/search', method: 'GET', searchParams: { query: 'so', maxResults: 20 } }]);
  });

  it('refuses an answer that is not a list of users', async () => {
    await expect(createUserSearch(() => fakeJira({ errorMessages: ['no'] }).client).find('so', 20)).rejects.toThrow();
  });
});
