import { BASE_STATUSES, DEMO_ACCOUNTS, type JiraProductEvent } from '../../../sandbox/jira';
import { addToDefaultScreen, AGENT, APP, adf, callJira, createTask, raiseRequest, CUSTOMER } from './jira-http';
import { APP_ACCOUNT_ID, startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;

beforeEach(async () => {
  running = await startEmulator();
});

afterEach(async () => {
  await running.close();
});

const lastEvent = (): JiraProductEvent => {
  const event = running.events.at(-1);
  if (event === undefined) throw new Error('No event was emitted');
  return event;
};

describe('product events', () => {
  it('announces a created issue with who created it', async () => {
    const key = await createTask(running, AGENT, 'Broken kettle');
    expect(lastEvent()).toMatchObject({
      eventType: 'avi:jira:created:issue',
      issue: { key, fields: { summary: 'Broken kettle', status: { id: BASE_STATUSES.toDo } } },
      atlassianId: DEMO_ACCOUNTS.registrar,
      associatedUsers: [{ accountId: DEMO_ACCOUNTS.registrar }],
      selfGenerated: false,
    });
  });

  it("carries only the issue fields Forge's events reference lists, whatever the issue holds", async () => {
    const key = await createTask(running, AGENT, 'Broken kettle');
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { customfield_10015: '2026-04-01', labels: ['kitchen'] } });
    for (const event of running.events) {
      expect(Object.keys(event.issue.fields).sort()).toEqual(['assignee', 'created', 'creator', 'issuetype', 'project', 'reporter', 'status', 'summary', 'updated']);
    }
  });

  it('announces a portal request raised by a customer', async () => {
    await raiseRequest(running, CUSTOMER, 'Wrong invoice');
    expect(lastEvent()).toMatchObject({ eventType: 'avi:jira:created:issue', atlassianId: DEMO_ACCOUNTS.customer });
  });

  it('logs a transition as a status change with ids and names', async () => {
    const key = await createTask(running, AGENT, 'Slow refund');
    await callJira(running, AGENT, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '11' } });
    const event = lastEvent();
    expect(event).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      issue: { key, fields: { status: { name: 'In Progress' } } },
      associatedStatuses: [
        { id: BASE_STATUSES.toDo, name: 'To Do' },
        { id: BASE_STATUSES.inProgress, name: 'In Progress' },
      ],
    });
    expect(event.changelog?.items).toEqual([
      {
        field: 'status',
        fieldtype: 'jira',
        fieldId: 'status',
        from: BASE_STATUSES.toDo,
        fromString: 'To Do',
        to: BASE_STATUSES.inProgress,
        toString: 'In Progress',
      },
    ]);
  });

  it('logs an assignment and a custom field in the same shape as Jira', async () => {
    const key = await createTask(running, AGENT, 'Rude driver');
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.deliveryLead });
    expect(lastEvent().changelog?.items).toEqual([
      {
        field: 'assignee',
        fieldtype: 'jira',
        fieldId: 'assignee',
        from: null,
        fromString: null,
        to: DEMO_ACCOUNTS.deliveryLead,
        toString: 'Dmytro Danko',
      },
    ]);
    // Edits set only the edit screen's fields: the admin puts Start date there first.
    await addToDefaultScreen(running, 'customfield_10015');
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { customfield_10015: '2026-04-01' } });
    expect(lastEvent().changelog?.items).toEqual([
      {
        field: 'Start date',
        fieldtype: 'custom',
        fieldId: 'customfield_10015',
        from: null,
        fromString: null,
        to: '2026-04-01',
        toString: '2026-04-01',
      },
    ]);
  });

  it('puts field changes made during a transition into the same changelog', async () => {
    const key = await createTask(running, AGENT, 'Double charge');
    await callJira(running, AGENT, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '11' } });
    await callJira(running, AGENT, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: '21' },
      fields: { resolution: { name: 'Done' } },
    });
    expect(lastEvent().changelog?.items.map((item) => [item.fieldId, item.toString])).toEqual([
      ['status', 'Done'],
      ['resolution', 'Done'],
    ]);
    const issue = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=resolutiondate,resolution`);
    expect(issue.body).toMatchObject({ fields: { resolution: { name: 'Done' }, resolutiondate: expect.any(String) as string } });
  });

  it('marks changes made by the app as self-generated', async () => {
    const key = await createTask(running, AGENT, 'Lost parcel');
    await callJira(running, APP, 'PUT', `/rest/api/3/issue/${key}`, { fields: { labels: ['routed'] } });
    expect(lastEvent()).toMatchObject({ atlassianId: APP_ACCOUNT_ID, selfGenerated: true });
  });

  it('logs a new link on both issues', async () => {
    const first = await createTask(running, AGENT, 'First');
    const second = await createTask(running, AGENT, 'Follow-up');
    await callJira(running, AGENT, 'POST', '/rest/api/3/issueLink', {
      type: { name: 'Relates' },
      inwardIssue: { key: second },
      outwardIssue: { key: first },
    });
    expect(running.events.slice(-2).map((event) => [event.issue.key, event.changelog?.items[0]?.toString])).toEqual([
      [second, `This issue relates to ${first}`],
      [first, `This issue relates to ${second}`],
    ]);
  });

  it.each<[string, string, string, unknown]>([
    ['an edit that changes nothing', 'PUT', '', { fields: { summary: 'Same' } }],
    ['a refused edit', 'PUT', '', { fields: { summary: 'Other', labels: ['not valid'] } }],
    ['a comment', 'POST', '/comment', { body: adf('Noted.') }],
    ['an issue property', 'PUT', '/properties/app.state', { any: 'value' }],
  ])('emits nothing for %s', async (_name, method, suffix, body) => {
    const key = await createTask(running, AGENT, 'Same');
    const before = running.events.length;
    await callJira(running, AGENT, method, `/rest/api/3/issue/${key}${suffix}`, body);
    expect(running.events.length).toBe(before);
  });
});

describe('the changelog endpoint', () => {
  it('lists the same items oldest first, with the author', async () => {
    const key = await createTask(running, AGENT, 'Traceable');
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'Renamed' } });
    await callJira(running, APP, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.supportLead });
    const answer = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}/changelog`);
    const values = (answer.body as { values: { author: { accountId: string }; items: { field: string }[] }[] }).values;
    expect(values.map((entry) => [entry.author.accountId, entry.items.map((item) => item.field)])).toEqual([
      [DEMO_ACCOUNTS.registrar, ['summary']],
      [APP_ACCOUNT_ID, ['assignee']],
    ]);
  });
});
