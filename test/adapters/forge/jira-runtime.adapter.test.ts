import type { CloudClient } from 'jira.js';
import { createJiraPort } from '../../../src/adapters/forge/jira-runtime.adapter';

interface BulkRequest {
  readonly issueIdsOrKeys: string[];
  readonly fieldIds?: string[];
  readonly maxResults?: number;
  readonly nextPageToken?: string;
}

/** A jira.js client that answers only the bulk changelog fetch, page by page, and records what it was asked. */
const bulkClient = (pages: readonly { issueChangeLogs: { issueId: string; changeHistories: unknown[] }[]; nextPageToken?: string }[]) => {
  const asked: BulkRequest[] = [];
  const client = {
    issues: {
      getBulkChangelogs: (request: BulkRequest) => {
        asked.push(request);
        return Promise.resolve(pages[asked.length - 1] ?? { issueChangeLogs: [] });
      },
    },
  };
  return { jira: createJiraPort(client as unknown as CloudClient), asked };
};

describe('JiraPort.changelogs over POST /changelog/bulkfetch', () => {
  it('follows nextPageToken and gathers each issue’s histories from every page', async () => {
    const { jira, asked } = bulkClient([
      { issueChangeLogs: [{ issueId: '1', changeHistories: ['a'] }, { issueId: '2', changeHistories: ['b'] }], nextPageToken: 'p2' },
      { issueChangeLogs: [{ issueId: '1', changeHistories: ['c'] }] },
    ]);
    const logs = await jira.changelogs(['1', '2', '3'], ['status', 'assignee']);
    expect(Object.fromEntries(logs)).toEqual({ '1': ['a', 'c'], '2': ['b'] });
    expect(asked).toEqual([
      { issueIdsOrKeys: ['1', '2', '3'], fieldIds: ['status', 'assignee'], maxResults: 1000 },
      { issueIdsOrKeys: ['1', '2', '3'], fieldIds: ['status', 'assignee'], maxResults: 1000, nextPageToken: 'p2' },
    ]);
  });

  it('asks Jira nothing for no issues', async () => {
    const { jira, asked } = bulkClient([]);
    expect((await jira.changelogs([], ['status'])).size).toBe(0);
    expect(asked).toEqual([]);
  });

  it('refuses a history that never ends rather than take part of it for the whole', async () => {
    const endless = Array.from({ length: 21 }, (_, i) => ({ issueChangeLogs: [], nextPageToken: `p${String(i + 2)}` }));
    const { jira, asked } = bulkClient(endless);
    await expect(jira.changelogs(['1'], ['status'])).rejects.toMatchObject({ code: 'JIRA_ERROR' });
    expect(asked).toHaveLength(20);
  });
});
