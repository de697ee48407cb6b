import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, APP, CUSTOMER, OTHER_CUSTOMER, callJira, createTask, raiseRequest, type CallAs } from './jira-http';
import { APP_ACCOUNT_ID, startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;
let carolsRequest: string;
let agentsTask: string;

beforeAll(async () => {
  running = await startEmulator();
  carolsRequest = await raiseRequest(running, CUSTOMER, 'My parcel is lost');
  agentsTask = await createTask(running, AGENT, 'Internal follow-up');
});

afterAll(async () => {
  await running.close();
});

const NOT_AUTHENTICATED = {
  errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
  errors: {},
};

describe('who is calling', () => {
  it.each<[string, CallAs, string]>([
    ['basic auth with a demo e-mail', AGENT, DEMO_ACCOUNTS.registrar],
    ['basic auth, e-mail in another case', { email: 'RITA.Registrar@example.com' }, DEMO_ACCOUNTS.registrar],
    ['the Forge shim as the app', APP, APP_ACCOUNT_ID],
    ['the Forge shim as a user', { forgeUser: DEMO_ACCOUNTS.advocate }, DEMO_ACCOUNTS.advocate],
  ])('%s', async (_name, as, accountId) => {
    const answer = await callJira(running, as, 'GET', '/rest/api/3/myself');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ accountId });
  });

  it.each<[string, CallAs]>([
    ['no credentials', 'anonymous'],
    ['an unknown e-mail', { email: 'nobody@example.com' }],
    ['the Forge shim with an unknown user', { forgeUser: 'no-such-account' }],
  ])('answers 401 with Jira body for %s', async (_name, as) => {
    const answer = await callJira(running, as, 'GET', '/rest/api/3/myself');
    expect(answer).toMatchObject({ status: 401, body: NOT_AUTHENTICATED });
  });

  it('serves /serverInfo without a caller, as Jira does', async () => {
    expect((await callJira(running, 'anonymous', 'GET', '/rest/api/3/serverInfo')).status).toBe(200);
  });
});

describe('browsing issues', () => {
  const ISSUE_HIDDEN = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };

  it.each<[string, CallAs, () => string, number]>([
    ['the reporting customer sees their request', CUSTOMER, () => carolsRequest, 200],
    ['another customer does not', OTHER_CUSTOMER, () => carolsRequest, 404],
    ['an agent sees any request', AGENT, () => carolsRequest, 200],
    ['the app sees any request', APP, () => carolsRequest, 200],
    ['a customer does not see an internal task', CUSTOMER, () => agentsTask, 404],
  ])('%s', async (_name, as, key, status) => {
    const answer = await callJira(running, as, 'GET', `/rest/api/3/issue/${key()}?fields=summary`);
    expect(answer.status).toBe(status);
    if (status === 404) expect(answer.body).toEqual(ISSUE_HIDDEN);
  });

  it('answers a hidden request on servicedeskapi with 404 in its own error shape', async () => {
    const answer = await callJira(running, OTHER_CUSTOMER, 'GET', `/rest/servicedeskapi/request/${carolsRequest}`);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ errorMessage: expect.any(String) as string });
  });

  it('lets a request participant see the request', async () => {
    const answer = await callJira(running, CUSTOMER, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '1',
      requestFieldValues: { summary: 'Shared with Kostya' },
      requestParticipants: [DEMO_ACCOUNTS.secondCustomer],
    });
    const key = (answer.body as { issueKey: string }).issueKey;
    expect((await callJira(running, OTHER_CUSTOMER, 'GET', `/rest/api/3/issue/${key}`)).status).toBe(200);
  });

  it('searches only what the caller may browse', async () => {
    const search = async (as: CallAs) =>
      ((await callJira(running, as, 'GET', '/rest/api/3/search/jql?jql=project%20%3D%20CMP&fields=summary')).body as {
        issues: { key: string }[];
      }).issues.map((issue) => issue.key);
    expect(await search(CUSTOMER)).not.toContain(agentsTask);
    expect(await search(CUSTOMER)).toContain(carolsRequest);
    expect(await search(OTHER_CUSTOMER)).not.toContain(carolsRequest);
    expect(await search(AGENT)).toEqual(expect.arrayContaining([carolsRequest, agentsTask]));
  });
});

describe('writes and admin calls', () => {
  it('refuses a customer edit of their own request as Jira does: the field is not on their screen', async () => {
    const answer = await callJira(running, CUSTOMER, 'PUT', `/rest/api/3/issue/${carolsRequest}`, { fields: { summary: 'x' } });
    expect(answer).toMatchObject({
      status: 400,
      body: { errorMessages: [], errors: { summary: "Field 'summary' cannot be set. It is not on the appropriate screen, or unknown." } },
    });
  });

  it('refuses to let a customer assign', async () => {
    const answer = await callJira(running, CUSTOMER, 'PUT', `/rest/api/3/issue/${carolsRequest}/assignee`, {
      accountId: DEMO_ACCOUNTS.billingLead,
    });
    expect(answer.status).toBe(403);
  });

  it.each<[string, CallAs, number]>([
    ['an agent who is not an admin', AGENT, 403],
    ['the Jira admin', { email: 'adele.admin@example.com' }, 201],
    ['the app', APP, 201],
  ])('lets only admins create components: %s', async (name, as, status) => {
    const answer = await callJira(running, as, 'POST', '/rest/api/3/component', { project: 'CMP', name: `Team of ${name}` });
    expect(answer.status).toBe(status);
  });

  it.each<[string, CallAs, number]>([
    ['an agent', AGENT, 200],
    ['a customer', CUSTOMER, 403],
  ])('lets only holders of "Browse users and groups" list users: %s', async (_name, as, status) => {
    expect((await callJira(running, as, 'GET', '/rest/api/3/users/search')).status).toBe(status);
  });

  it('answers a customer user search with an empty list rather than an error, as Jira does', async () => {
    const answer = await callJira(running, CUSTOMER, 'GET', '/rest/api/3/user/search?query=ava');
    expect(answer).toMatchObject({ status: 200, body: [] });
  });

  it('does not let a customer raise a request on behalf of someone else', async () => {
    const answer = await callJira(running, CUSTOMER, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '1',
      requestFieldValues: { summary: 'Sneaky' },
      raiseOnBehalfOf: 'kostya.klient@example.com',
    });
    expect(answer.status).toBe(403);
  });

  it('lets an agent raise a request on behalf of a customer, who then reports it', async () => {
    const answer = await callJira(running, AGENT, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '1',
      requestFieldValues: { summary: 'Phoned in' },
      raiseOnBehalfOf: 'kostya.klient@example.com',
    });
    expect(answer.body).toMatchObject({ reporter: { accountId: DEMO_ACCOUNTS.secondCustomer } });
  });
});

describe('who may be assigned: Assignable User, from the permission scheme', () => {
  const NOT_ASSIGNABLE = { errorMessages: [], errors: { assignee: "User 'Carol Customer' cannot be assigned issues." } };
  const assigneeOf = async (key: string): Promise<string | null> => {
    const answer = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=assignee`);
    return (answer.body as { fields: { assignee: { accountId: string } | null } }).fields.assignee?.accountId ?? null;
  };

  it('assigns an agent, whose group holds it', async () => {
    const key = await createTask(running, AGENT, 'For the billing lead');
    expect((await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.billingLead })).status).toBe(204);
    expect(await assigneeOf(key)).toBe(DEMO_ACCOUNTS.billingLead);
  });

  it('refuses to assign a customer, who does not hold it, and keeps the assignee', async () => {
    const key = await createTask(running, AGENT, 'Not for a customer', { assignee: { accountId: DEMO_ACCOUNTS.billingLead } });
    const answer = await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.customer });
    expect(answer).toMatchObject({ status: 400, body: NOT_ASSIGNABLE });
    expect(await assigneeOf(key)).toBe(DEMO_ACCOUNTS.billingLead);
  });

  it('refuses a customer as the assignee of a new issue', async () => {
    const answer = await callJira(running, AGENT, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary: 'Assigned to a customer', assignee: { accountId: DEMO_ACCOUNTS.customer } },
    });
    expect(answer).toMatchObject({ status: 400, body: NOT_ASSIGNABLE });
  });

  it('refuses a customer as the assignee in an edit, and keeps the assignee', async () => {
    const key = await createTask(running, AGENT, 'Edited to a customer');
    const answer = await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { assignee: { accountId: DEMO_ACCOUNTS.customer } } });
    expect(answer).toMatchObject({ status: 400, body: NOT_ASSIGNABLE });
    expect(await assigneeOf(key)).toBeNull();
  });
});
