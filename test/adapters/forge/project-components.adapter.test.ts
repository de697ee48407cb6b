import type { Client, SendRequestOptions } from 'jira.js/core';
import { createProjectComponentDirectory } from '../../../src/adapters/forge/project-components.adapter';

describe('createProjectComponentDirectory', () => {
  it("reads the project's components with their active leads", async () => {
    const requests: SendRequestOptions[] = [];
    const client: Client = {
      sendRequest<T>(request: SendRequestOptions<T>): Promise<T> {
        requests.push(request);
        return Promise.resolve([
          { id: '10000', name: 'Billing', lead: { accountId: 'boris', displayName: 'Boris Belov', active: true }, assigneeType: 'PROJECT_DEFAULT' },
          { id: '10001', name: 'Delivery', lead: { accountId: 'gone', displayName: 'Old Timer', active: false } },
          { id: '10002', name: 'Support' },
          { id: '10003', name: 'Legal', lead: { accountId: 'nameless' } },
        ] as T);
      },
    };
    expect(await createProjectComponentDirectory(() => client).componentsOf('CMP')).toEqual([
      { id: '10000', name: 'Billing', lead: { accountId: 'boris', displayName: 'Boris Belov' } },
      { id: '10001', name: 'Delivery', lead: null },
      { id: '10002', name: 'Support', lead: null },
      { id: '10003', name: 'Legal', lead: { accountId: 'nameless', displayName: 'nameless' } },
    ]);
    expect(requests).toEqual([{ url: '/rest/api/3/project/CMP/components', method: 'GET' }]);
  });
});
