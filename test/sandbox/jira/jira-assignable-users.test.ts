import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, APP, CUSTOMER, callJira } from './jira-http';
import { responseSchemaOf } from './jira-js-schemas';
import { startEmulator, type RunningEmulator } from './start-emulator';

/**
 * `GET /rest/api/3/user/assignable/search` as Jira documents it: the users who may be assigned
 * issues in a project, matched by account id or by the start of a name; the caller needs Browse
 * users and groups or Assign issues there.
 */
let running: RunningEmulator;

beforeAll(async () => {
  running = await startEmulator();
});

afterAll(async () => {
  await running.close();
});

const assignable = (query: string) => `/rest/api/3/user/assignable/search?${query}`;
const accountsOf = (body: unknown) => (body as { accountId: string }[]).map((u) => u.accountId);

describe('GET /user/assignable/search', () => {
  it('answers an agent of the project when asked by account id, in the shape jira.js expects', async () => {
    const answer = await callJira(running, APP, 'GET', assignable(`project=CMP&accountId=${DEMO_ACCOUNTS.billingLead}`));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([expect.objectContaining({ accountId: DEMO_ACCOUNTS.billingLead, displayName: 'Boris Belov', active: true })]);
    const schema = await responseSchemaOf((client) => client.userSearch.findAssignableUsers({ project: 'CMP', accountId: 'x' }));
    expect(schema.safeParse(answer.body).success).toBe(true);
  });

  it('leaves out a portal customer, who may not be assigned issues', async () => {
    const answer = await callJira(running, AGENT, 'GET', assignable(`project=CMP&accountId=${DEMO_ACCOUNTS.customer}`));
    expect([answer.status, answer.body]).toEqual([200, []]);
  });

  it('matches the start of a name, as the user search does', async () => {
    const answer = await callJira(running, AGENT, 'GET', assignable('project=CMP&query=boris'));
    expect(accountsOf(answer.body)).toEqual([DEMO_ACCOUNTS.billingLead]);
  });

  it.each([
    ['no project or issue', `accountId=${DEMO_ACCOUNTS.billingLead}`, 400],
    ['neither a query nor an account id', 'project=CMP', 400],
    ['a project that does not exist', 'project=NOPE&query=b', 404],
    ['an issue that does not exist', 'issueKey=CMP-999999&query=b', 404],
  ])('refuses %s', async (_what, query, status) => {
    expect((await callJira(running, AGENT, 'GET', assignable(query))).status).toBe(status);
  });

  it('tells a portal customer the project is not found', async () => {
    expect((await callJira(running, CUSTOMER, 'GET', assignable('project=CMP&query=b'))).status).toBe(404);
  });
});
