import type { Client, SendRequestOptions } from 'jira.js/core';
import { createCloudCalls, createServiceDeskCalls } from '../../../../src/adapters/forge/jira/jira-calls';

/** A transport that keeps each request, its schema left out (the app's calls send none), and answers nothing. */
const recorder = () => {
  const requests: unknown[] = [];
  const transport: Client = {
    sendRequest: <T>(request: SendRequestOptions<T>) => {
      requests.push(JSON.parse(JSON.stringify({ ...request, schema: undefined })));
      return Promise.resolve(undefined as T);
    },
  };
  return { requests, transport };
};

/** Parameters that answer every key jira.js reads with a value naming it, so a key either side leaves out shows. */
const everyKey = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `value-of-${key}` : undefined) });

type Calls = Record<string, Record<string, (p: unknown) => Promise<unknown>>>;

const pairs = async () => {
  const jiraJs = await import('jira.js');
  const surfaces = [
    { ours: createCloudCalls, theirs: jiraJs.createCloudClient },
    { ours: createServiceDeskCalls, theirs: jiraJs.createServiceDeskClient },
  ] as const;
  return surfaces.flatMap(({ ours, theirs }) => {
    const mine = recorder();
    const jira = recorder();
    const ourCalls = ours(mine.transport) as unknown as Calls;
    const theirCalls = theirs(jira.transport) as unknown as Calls;
    return Object.entries(ourCalls).flatMap(([group, calls]) =>
      Object.keys(calls).map((name) => ({ name: `${group}.${name}`, ours: calls[name], theirs: theirCalls[group]?.[name], mine, jira })),
    );
  });
};

describe("the app's Jira calls", () => {
  it("send exactly the request of jira.js's function of the same name", async () => {
    const calls = await pairs();
    expect(calls.length).toBeGreaterThan(50);
    for (const call of calls) {
      expect({ call: call.name, exists: typeof call.theirs }).toEqual({ call: call.name, exists: 'function' });
      await call.ours?.(everyKey);
      await call.theirs?.(everyKey);
      expect({ call: call.name, request: call.mine.requests.at(-1) }).toEqual({ call: call.name, request: call.jira.requests.at(-1) });
    }
  });

  it('send no parameters the call does not name', async () => {
    const { requests, transport } = recorder();
    await createCloudCalls(transport).issues.getIssue({ issueIdOrKey: 'CMP-1', fields: ['status'], stray: 'x' } as never);
    expect(requests).toEqual([{ url: '/rest/api/3/issue/CMP-1', method: 'GET', searchParams: { fields: ['status'] } }]);
  });
});
