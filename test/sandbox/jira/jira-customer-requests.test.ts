import { createServiceDeskClient, type ServiceDeskClient } from 'jira.js';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, CUSTOMER, OTHER_CUSTOMER, callJira, createTask, raiseRequest, type CallAs } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

/*
 * The customer portal's side of Service Management: a customer's own requests, their
 * participants, a request type's fields and the portal's groups. Shapes go through jira.js with
 * `onSchemaMismatch: 'throw'`; refusals are checked raw.
 */

let running: RunningEmulator;
let carol: ServiceDeskClient;
let kostya: ServiceDeskClient;
let agent: ServiceDeskClient;
let carolsOwn: string;
let shared: string;
let kostyasOwn: string;
let internalTask: string;

const desk = (email: string) =>
  createServiceDeskClient({ host: running.baseUrl, auth: { type: 'basic', email, apiToken: 'token' }, onSchemaMismatch: 'throw' });

const raise = async (as: CallAs, body: Record<string, unknown>) =>
  callJira(running, as, 'POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '1', ...body });

beforeAll(async () => {
  running = await startEmulator();
  carol = desk('carol.customer@example.com');
  kostya = desk('kostya.klient@example.com');
  agent = desk('rita.registrar@example.com');
  carolsOwn = await raiseRequest(running, CUSTOMER, 'Parcel lost');
  running.advance(60_000);
  const answer = await raise(CUSTOMER, { requestFieldValues: { summary: 'Billed twice' }, requestParticipants: [DEMO_ACCOUNTS.secondCustomer] });
  shared = (answer.body as { issueKey: string }).issueKey;
  running.advance(60_000);
  kostyasOwn = await raiseRequest(running, OTHER_CUSTOMER, 'Rude courier');
  internalTask = await createTask(running, AGENT, 'Internal follow-up');
});

afterAll(async () => {
  await running.close();
});

const keysOf = (page: { values?: { issueKey?: string }[] }) => page.values?.map((request) => request.issueKey);

describe('GET /request: the caller’s requests', () => {
  it('lists what a customer raised and takes part in, latest activity first, and nobody else’s', async () => {
    expect(keysOf(await carol.request.getCustomerRequests())).toEqual([shared, carolsOwn]);
    expect(keysOf(await kostya.request.getCustomerRequests())).toEqual([kostyasOwn, shared]);
  });

  it('narrows to owned or participated requests', async () => {
    expect(keysOf(await kostya.request.getCustomerRequests({ requestOwnership: ['OWNED_REQUESTS'] }))).toEqual([kostyasOwn]);
    expect(keysOf(await kostya.request.getCustomerRequests({ requestOwnership: ['PARTICIPATED_REQUESTS'] }))).toEqual([shared]);
  });

  it('does not list an internal task, even to the agent who made it', async () => {
    expect(keysOf(await agent.request.getCustomerRequests())).not.toContain(internalTask);
  });

  it('pages as JSM pages', async () => {
    const first = await carol.request.getCustomerRequests({ limit: 1 });
    expect(first).toMatchObject({ size: 1, start: 0, limit: 1, isLastPage: false });
    const second = await carol.request.getCustomerRequests({ start: 1, limit: 1 });
    expect(second).toMatchObject({ size: 1, isLastPage: true });
    expect(keysOf(second)).toEqual([carolsOwn]);
  });

  it('filters by status and by request type within a service desk', async () => {
    expect(keysOf(await carol.request.getCustomerRequests({ requestStatus: 'CLOSED_REQUESTS' }))).toEqual([]);
    expect(keysOf(await carol.request.getCustomerRequests({ requestStatus: 'OPEN_REQUESTS', serviceDeskId: 1, requestTypeId: 1 }))).toHaveLength(2);
    expect(keysOf(await carol.request.getCustomerRequests({ searchTerm: 'billed' }))).toEqual([shared]);
  });

  it.each([
    ['an ownership JSM does not know', 'requestOwnership=MINE', "The value 'MINE' is not valid for requestOwnership."],
    ['an ownership the sandbox does not emulate', 'requestOwnership=ALL_REQUESTS', "The sandbox does not emulate requestOwnership 'ALL_REQUESTS'."],
    ['organizations', 'organizationId=1', 'The sandbox does not emulate the organizationId parameter.'],
    ['an unknown status', 'requestStatus=DONE', "The value 'DONE' is not valid for requestStatus."],
    ['a request type without its service desk', 'requestTypeId=1', 'The requestTypeId parameter needs a serviceDeskId.'],
  ])('refuses %s with 400', async (_name, query, message) => {
    const answer = await callJira(running, CUSTOMER, 'GET', `/rest/servicedeskapi/request?${query}`);
    expect(answer).toMatchObject({ status: 400, body: { errorMessage: message } });
  });
});

describe('GET /request/{key}/participant', () => {
  it('lists the participants to the reporter and to a participant', async () => {
    const asReporter = await carol.request.getRequestParticipants({ issueIdOrKey: shared });
    expect(asReporter.values?.map((user) => user.accountId)).toEqual([DEMO_ACCOUNTS.secondCustomer]);
    expect((await kostya.request.getRequestParticipants({ issueIdOrKey: shared })).size).toBe(1);
    expect((await carol.request.getRequestParticipants({ issueIdOrKey: carolsOwn })).values).toEqual([]);
  });

  it.each<[string, CallAs, () => string]>([
    ['another customer’s request', OTHER_CUSTOMER, () => carolsOwn],
    ['an internal task', CUSTOMER, () => internalTask],
    ['a request that does not exist', CUSTOMER, () => 'CMP-999'],
  ])('answers %s with the same 404 as GET /request/{key}', async (_name, as, key) => {
    const participants = await callJira(running, as, 'GET', `/rest/servicedeskapi/request/${key()}/participant`);
    const request = await callJira(running, as, 'GET', `/rest/servicedeskapi/request/${key()}`);
    expect(participants.status).toBe(404);
    expect(participants.body).toEqual(request.body);
  });
});

describe('GET /servicedesk/{id}/requesttype/{id}/field', () => {
  it('gives a customer the request type’s fields, and no raising on behalf of others', async () => {
    const meta = await carol.servicedesk.getRequestTypeFields({ serviceDeskId: '1', requestTypeId: 1 });
    expect(meta).toMatchObject({ canRaiseOnBehalfOf: false, canAddRequestParticipants: true });
    const ids = meta.requestTypeFields?.map((field) => field.fieldId);
    expect(ids).toEqual(expect.arrayContaining(['summary', 'description', 'priority']));
    expect(ids).not.toEqual(expect.arrayContaining(['reporter']));
    expect(ids).not.toContain('assignee');
    expect(meta.requestTypeFields?.find((field) => field.fieldId === 'summary')).toMatchObject({ required: true, jiraSchema: { type: 'string' } });
    const priority = meta.requestTypeFields?.find((field) => field.fieldId === 'priority');
    expect(priority?.validValues?.map((value) => value.label)).toContain('Medium');
  });

  it('lets an agent raise on behalf of customers', async () => {
    expect(await agent.servicedesk.getRequestTypeFields({ serviceDeskId: '1', requestTypeId: 1 })).toMatchObject({ canRaiseOnBehalfOf: true });
  });

  it('answers 404 for a request type of no such desk', async () => {
    const answer = await callJira(running, CUSTOMER, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype/99/field');
    expect(answer).toMatchObject({ status: 404, body: { errorMessage: 'The request type does not exist.' } });
    expect((await callJira(running, CUSTOMER, 'GET', '/rest/servicedeskapi/servicedesk/7/requesttype/1/field')).status).toBe(404);
  });

  it('is what POST /request takes: a field off the list is refused and nothing is raised', async () => {
    const before = (await carol.request.getCustomerRequests()).size;
    const answer = await raise(CUSTOMER, { requestFieldValues: { summary: 'Give it to Sofia', assignee: { accountId: DEMO_ACCOUNTS.supportLead } } });
    expect(answer.status).toBe(400);
    expect((answer.body as { errorMessage: string }).errorMessage).toContain('assignee');
    expect((await carol.request.getCustomerRequests()).size).toBe(before);
  });
});

describe('request type groups: what the portal offers', () => {
  it('lists the desk’s groups, and the request types of one group', async () => {
    const groups = await carol.servicedesk.getRequestTypeGroups({ serviceDeskId: '1' });
    expect(groups.values).toEqual([{ id: '1', name: 'Common requests' }]);
    const inGroup = await carol.servicedesk.getRequestTypes({ serviceDeskId: '1', groupId: 1 });
    expect(inGroup.values?.map((type) => type.name)).toEqual(['General request']);
  });

  it('answers 404 for a desk that does not exist', async () => {
    expect((await callJira(running, CUSTOMER, 'GET', '/rest/servicedeskapi/servicedesk/7/requesttypegroup')).status).toBe(404);
  });

  it('puts a new request type on the portal only through the admin’s manual step', async () => {
    const created = await callJira(running, { email: 'adele.admin@example.com' }, 'POST', '/rest/servicedeskapi/servicedesk/1/requesttype', { issueTypeId: '10001', name: 'Praise' }, { 'X-ExperimentalApi': 'opt-in' });
    expect(created.body).toMatchObject({ groupIds: [] });
    running.emulator.showOnPortal({ serviceDeskId: '1', requestTypeName: 'Praise', groupName: 'Feedback' });
    running.emulator.showOnPortal({ serviceDeskId: '1', requestTypeName: 'Praise', groupName: 'Feedback' });
    const groups = await carol.servicedesk.getRequestTypeGroups({ serviceDeskId: '1' });
    expect(groups.values?.map((group) => group.name)).toEqual(['Common requests', 'Feedback']);
    const praise = (await carol.servicedesk.getRequestTypes({ serviceDeskId: '1' })).values?.find((type) => type.name === 'Praise');
    expect(praise?.groupIds).toEqual([groups.values?.[1]?.id]);
    expect(() => {
      running.emulator.showOnPortal({ serviceDeskId: '1', requestTypeName: 'Nope', groupName: 'Feedback' });
    }).toThrow("no request type 'Nope'");
  });
});
