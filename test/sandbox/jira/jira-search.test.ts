import { AGENT, callJira, createTask } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;
const keys: string[] = [];

beforeAll(async () => {
  running = await startEmulator();
  for (let n = 1; n <= 7; n += 1) {
    keys.push(await createTask(running, AGENT, `Complaint ${n}`, n % 2 === 0 ? { labels: ['even'] } : {}));
    running.advance(60_000);
  }
});

afterAll(async () => {
  await running.close();
});

interface SearchPage {
  issues: { id: string; key?: string; fields?: Record<string, unknown> }[];
  nextPageToken?: string;
  isLast: boolean;
}

const searchPost = async (body: Record<string, unknown>) => callJira(running, AGENT, 'POST', '/rest/api/3/search/jql', body);

describe('POST /search/jql paging', () => {
  it('pages with nextPageToken until isLast, in the query order', async () => {
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let token: string | undefined;
    for (;;) {
      const answer = await searchPost({ jql: 'project = CMP ORDER BY created ASC', maxResults: 3, fields: ['summary'], nextPageToken: token });
      const page = answer.body as SearchPage;
      pageSizes.push(page.issues.length);
      seen.push(...page.issues.map((issue) => issue.key ?? ''));
      if (page.isLast) {
        expect(page.nextPageToken).toBeUndefined();
        break;
      }
      token = page.nextPageToken;
    }
    // 7 issues in pages of 3: 3 + 3 + 1 = 7.
    expect(pageSizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(keys);
  });

  it('returns only issue ids when no field is asked for', async () => {
    const page = (await searchPost({ jql: 'labels = even ORDER BY key ASC' })).body as SearchPage;
    // Tasks 2, 4 and 6 carry the label.
    expect(page.issues).toEqual([{ id: '10001' }, { id: '10003' }, { id: '10005' }]);
  });

  it('defaults to newest key first', async () => {
    const page = (await searchPost({ jql: 'project = CMP', fields: ['summary'] })).body as SearchPage;
    expect(page.issues.map((issue) => issue.key)).toEqual([...keys].reverse());
    expect(page.isLast).toBe(true);
  });

  it('refuses a token that belongs to another query', async () => {
    const first = (await searchPost({ jql: 'project = CMP', maxResults: 2 })).body as SearchPage;
    const answer = await searchPost({ jql: 'labels = even', nextPageToken: first.nextPageToken });
    expect(answer.status).toBe(400);
  });

  it('counts approximately', async () => {
    const answer = await callJira(running, AGENT, 'POST', '/rest/api/3/search/approximate-count', { jql: 'labels = even' });
    expect(answer.body).toEqual({ count: 3 });
  });
});

describe('GET /search/jql', () => {
  it('takes the same parameters from the query string', async () => {
    const answer = await callJira(running, AGENT, 'GET', '/rest/api/3/search/jql?jql=labels%3Deven&maxResults=2&fields=summary,labels');
    const page = answer.body as SearchPage;
    expect(page.issues.map((issue) => Object.keys(issue.fields ?? {}).sort())).toEqual([
      ['labels', 'summary'],
      ['labels', 'summary'],
    ]);
    expect(page.isLast).toBe(false);
  });
});

describe('JQL errors answer 400 with Jira body', () => {
  it.each<[string, string, string]>([
    ['no restriction at all', 'ORDER BY created DESC', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
    ['an empty query', '', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
    ['a custom field the site does not have', 'cf[19999] = x', "Field 'cf[19999]' does not exist or you do not have permission to view it."],
  ])('%s', async (_name, jql, message) => {
    const answer = await searchPost({ jql });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: [message], errors: {} } });
  });

  it('reports a syntax error with its position', async () => {
    const answer = await searchPost({ jql: 'project = ' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errorMessages: [expect.stringMatching(/^Error in the JQL Query: /) as string], errors: {} });
  });
});
