import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, APP, CUSTOMER, callJira } from './jira-http';
import { responseSchemaOf } from './jira-js-schemas';
import { startEmulator, type RunningEmulator } from './start-emulator';

/** `GET /rest/api/3/user/bulk` as Jira documents it: the users of the account ids asked, a page at a time. */
let running: RunningEmulator;

beforeAll(async () => {
  running = await startEmulator();
});

afterAll(async () => {
  await running.close();
});

const bulk = (query: string) => `/rest/api/3/user/bulk?${query}`;
const ids = (...accountIds: string[]) => accountIds.map((id) => `accountId=${id}`).join('&');

describe('GET /user/bulk', () => {
  it('answers the users asked for, each once, leaving out ids it does not know, in the shape jira.js expects', async () => {
    const answer = await callJira(running, APP, 'GET', bulk(ids(DEMO_ACCOUNTS.billingLead, 'no-such-account', DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.billingLead)));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      startAt: 0,
      maxResults: 10,
      total: 2,
      isLast: true,
      values: [
        { accountId: DEMO_ACCOUNTS.billingLead, displayName: 'Boris Belov', active: true },
        { accountId: DEMO_ACCOUNTS.advocate, displayName: 'Ava Advocate', active: true },
      ],
    });
    // jira.js does not wrap this endpoint; GET /user/search/query answers the same PageBeanUser.
    const schema = await responseSchemaOf((client) => client.userSearch.findUsersByQuery({ query: 'x' }));
    expect(schema.safeParse(answer.body).success).toBe(true);
  });

  it('pages with startAt and maxResults, and links the next page with every id', async () => {
    const all = Object.values(DEMO_ACCOUNTS);
    const first = await callJira(running, AGENT, 'GET', bulk(`${ids(...all)}&maxResults=3`));
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 3, total: all.length, isLast: false });
    const page = first.body as { values: { accountId: string }[]; nextPage: string };
    expect(page.values.map((u) => u.accountId)).toEqual(all.slice(0, 3));
    const next = await callJira(running, AGENT, 'GET', page.nextPage.slice(running.baseUrl.length));
    expect((next.body as { values: { accountId: string }[] }).values.map((u) => u.accountId)).toEqual(all.slice(3, 6));
  });

  it('gives at most 100 users a page, whatever maxResults asks', async () => {
    const answer = await callJira(running, APP, 'GET', bulk(`${ids(DEMO_ACCOUNTS.admin)}&maxResults=1000`));
    expect(answer.body).toMatchObject({ maxResults: 100, total: 1 });
  });

  it('refuses a call without an account id with 400', async () => {
    expect(await callJira(running, APP, 'GET', bulk('maxResults=5'))).toMatchObject({
      status: 400,
      body: { errorMessages: ['The accountId query parameter needs to be provided.'] },
    });
  });

  it('refuses a portal-only customer, who has no access to Jira, with 403', async () => {
    expect(await callJira(running, CUSTOMER, 'GET', bulk(ids(DEMO_ACCOUNTS.advocate)))).toMatchObject({
      status: 403,
      body: { errorMessages: ['You do not have permission to access Jira.'] },
    });
  });
});
