import { AGENT, adf, callJira, createTask } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;
let key: string;

beforeAll(async () => {
  running = await startEmulator();
  key = await createTask(running, AGENT, 'A complaint');
});

afterAll(async () => {
  await running.close();
});

const task = (fields: Record<string, unknown>) => ({ fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, ...fields } });

describe('create and edit reject bad input with per-field messages', () => {
  it.each<[string, string, string, unknown, Record<string, string>]>([
    ['no summary', 'POST', '/rest/api/3/issue', task({}), { summary: 'You must specify a summary of the issue.' }],
    ['an unknown project', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'NOPE' }, summary: 'x' } }, { project: 'Specify a valid project ID or key' }],
    ['no issue type', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, summary: 'x' } }, { issuetype: 'Specify an issue type' }],
    [
      'a plain-text description on v3',
      'POST',
      '/rest/api/3/issue',
      task({ summary: 'x', description: 'plain' }),
      { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' },
    ],
    [
      'an unknown custom field',
      'POST',
      '/rest/api/3/issue',
      task({ summary: 'x', customfield_19999: 1 }),
      { customfield_19999: "Field 'customfield_19999' cannot be set. It is not on the appropriate screen, or unknown." },
    ],
    ['a label with a space', 'PUT', '/rest/api/3/issue/CMP-1', { fields: { labels: ['two words'] } }, { labels: "The label 'two words' contains spaces which is invalid." }],
    ['a bad date', 'PUT', '/rest/api/3/issue/CMP-1', { fields: { duedate: '31/12/2026' } }, { duedate: 'Error parsing date string: 31/12/2026' }],
    [
      'a status set by edit',
      'PUT',
      '/rest/api/3/issue/CMP-1',
      { fields: { status: { id: '3' } } },
      { status: "Field 'status' cannot be set. It is not on the appropriate screen, or unknown." },
    ],
  ])('%s', async (_name, method, path, body, errors) => {
    const answer = await callJira(running, AGENT, method, path, body);
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: [], errors } });
  });

  it('accepts a plain-text description on v2 and stores it as a document', async () => {
    const answer = await callJira(running, AGENT, 'POST', '/rest/api/2/issue', task({ summary: 'v2', description: 'Line one' }));
    const created = answer.body as { key: string };
    const v3 = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${created.key}?fields=description`);
    expect(v3.body).toMatchObject({ fields: { description: adf('Line one') } });
  });
});

describe('other errors keep Jira shapes', () => {
  it.each<[string, string, string, unknown, number, unknown]>([
    [
      'an unreadable body',
      'POST',
      '/rest/api/3/issue',
      '{not json',
      400,
      { errorMessages: ['Invalid request payload. Refer to the REST API documentation and try again.'], errors: {} },
    ],
    [
      'a transition not available from the status',
      'POST',
      '/rest/api/3/issue/CMP-1/transitions',
      { transition: { id: '21' } },
      400,
      { errorMessages: ["Transition id '21' is not valid for this issue."], errors: {} },
    ],
    [
      'a missing issue',
      'GET',
      '/rest/api/3/issue/CMP-999',
      undefined,
      404,
      { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} },
    ],
    [
      'a missing property',
      'GET',
      '/rest/api/3/issue/CMP-1/properties/nothing',
      undefined,
      404,
      { errorMessages: ["The property with key 'nothing' does not exist."], errors: {} },
    ],
    [
      'an unknown link type',
      'POST',
      '/rest/api/3/issueLink',
      { type: { name: 'Causes' }, inwardIssue: { key: 'CMP-1' }, outwardIssue: { key: 'CMP-1' } },
      404,
      { errorMessages: ["No issue link type with name 'Causes' found."], errors: {} },
    ],
    ['a path no resource serves', 'GET', '/rest/api/3/nothing-here', undefined, 404, { 'status-code': 404 }],
    [
      'an empty comment',
      'POST',
      '/rest/api/3/issue/CMP-1/comment',
      { body: { type: 'doc', version: 1, content: [] } },
      400,
      { errorMessages: [], errors: { comment: 'Comment body can not be empty!' } },
    ],
  ])('%s', async (_name, method, path, body, status, expected) => {
    const answer = await callJira(running, AGENT, method, path, body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject(expected as Record<string, unknown>);
  });

  it('leaves the issue untouched when a write is refused', async () => {
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'New', labels: ['bad label'] } });
    const answer = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=summary`);
    expect(answer.body).toMatchObject({ fields: { summary: 'A complaint' } });
  });
});
