import { createForgeCloudClient } from '../../../../src/adapters/forge/jira/forge-jira-clients';
import type { ForgeJiraOptions } from '../../../../src/adapters/forge/jira/forge-jira-transport';
import { searchIssueIds, searchJqlPages, type JqlBounds } from '../../../../src/adapters/forge/jira/jql-pager';
import { openForSuite } from '../../../support/open-for-tests';
import { failureAsForge, runAsForge, startTestSandbox, TEST_SANDBOX_START_MS, type JiraCall } from './run-as-forge';

/** The bounded JQL pager against the emulator's /search/jql, which pages with nextPageToken. */
const LABEL = 'jql-pager';
const JQL = `labels = ${LABEL} ORDER BY key ASC`;
const CREATED = 5;
const NO_WAIT: ForgeJiraOptions = { sleep: () => Promise.resolve(), random: () => 0, onSchemaMismatch: 'throw' };

// Each test pages through a few issues through the real @forge/api: well under a second on an idle machine.
jest.setTimeout(60_000);
const sandbox = openForSuite(startTestSandbox, TEST_SANDBOX_START_MS);
/** The ids of the issues this test creates, in the order it creates them (which is key order). */
let allIds: readonly string[];

const idsAsForge = async (bounds: JqlBounds, options: ForgeJiraOptions = NO_WAIT) =>
  runAsForge(sandbox(), async () => searchIssueIds(await createForgeCloudClient('app', options), JQL, bounds));

const askedFor = (calls: readonly JiraCall[]) => calls.map((c) => (c.body as { maxResults: number }).maxResults);

beforeAll(async () => {
  const { result } = await runAsForge(sandbox(), async () => {
    const jira = await createForgeCloudClient('app', NO_WAIT);
    const ids: string[] = [];
    for (let n = 1; n <= CREATED; n += 1) {
      const created = await jira.issues.createIssue({ fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary: `Pager ${n}`, labels: [LABEL] } });
      ids.push(created.id);
    }
    return ids;
  });
  allIds = result;
});

describe('searchIssueIds', () => {
  it('walks every page with nextPageToken, one POST /search/jql per page', async () => {
    const { result, calls } = await idsAsForge({ pageSize: 2, maxPages: 10, maxResults: 100 });
    expect(result).toEqual({ ids: allIds, complete: true });
    // 5 issues at 2 a page = 3 pages (2 + 2 + 1)
    expect(calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual(Array(3).fill('POST /rest/api/3/search/jql 200'));
    expect(calls.map((c) => (c.body as { nextPageToken?: string }).nextPageToken === undefined)).toEqual([true, false, false]);
  });

  it('stops at maxPages and says the walk is incomplete', async () => {
    const { result, calls } = await idsAsForge({ pageSize: 2, maxPages: 2, maxResults: 100 });
    // 2 pages of 2 = the first 4 of 5
    expect(result).toEqual({ ids: allIds.slice(0, 4), complete: false });
    expect(calls).toHaveLength(2);
  });

  it('stops at maxResults, asking the last page for no more than is left', async () => {
    const { result, calls } = await idsAsForge({ pageSize: 2, maxPages: 10, maxResults: 3 });
    // 2 + 1 = 3 of 5
    expect(result).toEqual({ ids: allIds.slice(0, 3), complete: false });
    expect(askedFor(calls)).toEqual([2, 1]);
  });

  it('knows the walk is complete when the bound and the last page meet', async () => {
    const { result, calls } = await idsAsForge({ pageSize: 3, maxPages: 2, maxResults: 5 });
    // 3, then min(3, 5 − 3) = 2: the second page holds the last two, so it is Jira's last
    expect(result).toEqual({ ids: allIds, complete: true });
    expect(askedFor(calls)).toEqual([3, 2]);
  });

  it.each<[string, JqlBounds]>([
    ['no pages', { pageSize: 2, maxPages: 0, maxResults: 10 }],
    ['no end', { pageSize: 2, maxPages: Number.POSITIVE_INFINITY, maxResults: 10 }],
    ['a fractional page', { pageSize: 2.5, maxPages: 2, maxResults: 10 }],
  ])('refuses bounds with %s before any call', async (_name, bounds) => {
    const { error, calls } = await failureAsForge(sandbox(), async () => searchIssueIds(await createForgeCloudClient('app', NO_WAIT), JQL, bounds));
    expect(error).toMatchObject({ code: 'INTERNAL' });
    expect(calls).toEqual([]);
  });

  it('pages through random 429s and 500s, one extra call per fault', async () => {
    const waits: number[] = [];
    // Seed 12 answers the 9 calls 500, 429, ok, ok, 429, 429, ok, ok, ok: never four faults in a row.
    sandbox().services.emulator.faults.set({ rate429: 0.2, rate500: 0.2, retryAfterSeconds: 1, seed: 12 });
    try {
      const { result, calls } = await idsAsForge(
        { pageSize: 1, maxPages: 10, maxResults: 100 },
        { ...NO_WAIT, sleep: (ms) => (waits.push(ms), Promise.resolve()) },
      );
      const faults = calls.filter((c) => c.status !== 200);
      expect(result).toEqual({ ids: allIds, complete: true });
      // 5 pages of 1, and each fault costs one more call and one wait
      expect(calls).toHaveLength(CREATED + faults.length);
      expect(faults).toHaveLength(4);
      expect(waits).toHaveLength(faults.length);
      expect(new Set(faults.map((c) => c.status))).toEqual(new Set([429, 500]));
    } finally {
      sandbox().services.emulator.faults.clear();
    }
  });

  it('surfaces a JQL error as INVALID_INPUT', async () => {
    const { error, calls } = await failureAsForge(sandbox(), async () =>
      searchIssueIds(await createForgeCloudClient('app', NO_WAIT), 'project = CMP AND', { pageSize: 10, maxPages: 1, maxResults: 10 }),
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT', status: 400 });
    expect(calls).toHaveLength(1);
  });
});

describe('searchJqlPages', () => {
  it('yields the fields asked for, page by page', async () => {
    const { result } = await runAsForge(sandbox(), async () => {
      const jira = await createForgeCloudClient('app', NO_WAIT);
      const pages = [];
      for await (const page of searchJqlPages(jira, { jql: JQL, fields: ['summary'] }, { pageSize: 3, maxPages: 5, maxResults: 100 })) pages.push(page);
      return pages;
    });
    // 5 issues at 3 a page: 3, then 2 on the last page
    expect(result.map((p) => [p.issues.length, p.nextPageToken === null])).toEqual([
      [3, false],
      [2, true],
    ]);
    expect(result.flatMap((p) => p.issues.map((i) => i.id))).toEqual(allIds);
    expect(result.flatMap((p) => p.issues.map((i) => i.fields?.summary as unknown))).toEqual(['Pager 1', 'Pager 2', 'Pager 3', 'Pager 4', 'Pager 5']);
  });
});
