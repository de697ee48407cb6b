import { BASE_PROJECT } from '../../../sandbox/jira';
import { ADMIN, AGENT, APP, CUSTOMER, callJira, createTask, DEFAULT_SCREEN, type CallAs } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

/*
 * Screens decide what a create, an edit and a transition may set. CMP's Task and Service Request
 * use the base site's Default Screen (summary, issue type, reporter, components, description,
 * priority, labels, due date, assignee) for every operation; the seeded Start date field
 * (customfield_10015) has a global context but is on no screen.
 */
let running: RunningEmulator;

beforeEach(async () => {
  running = await startEmulator();
});

afterEach(async () => {
  await running.close();
});

const call = (as: CallAs, method: string, path: string, body?: unknown) => callJira(running, as, method, path, body);
const offScreen = (fieldId: string) => `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
const START_DATE = 'customfield_10015';

/** What a refused write must leave as it was: the issue's fields, its changelog and the events. */
const snapshot = async (key: string) => ({
  issue: (await call(AGENT, 'GET', `/rest/api/3/issue/${key}?fields=summary,labels,${START_DATE},updated`)).body,
  changelog: (await call(AGENT, 'GET', `/rest/api/3/issue/${key}/changelog`)).body,
  events: running.events.length,
});

/** A select field with a context for CMP's Task holding Billing and Delivery, Delivery disabled. */
async function departmentField(): Promise<{ fieldId: string; billing: string; delivery: string }> {
  const field = await call(APP, 'POST', '/rest/api/3/field', { name: 'Department', type: 'com.atlassian.jira.plugin.system.customfieldtypes:select' });
  const fieldId = (field.body as { id: string }).id;
  const context = await call(APP, 'POST', `/rest/api/3/field/${fieldId}/context`, { name: 'Complaints', projectIds: [BASE_PROJECT.id], issueTypeIds: ['10001'] });
  const contextId = (context.body as { id: string }).id;
  const added = await call(APP, 'POST', `/rest/api/3/field/${fieldId}/context/${contextId}/option`, { options: [{ value: 'Billing' }, { value: 'Delivery' }] });
  const [billing = '', delivery = ''] = (added.body as { options: { id: string }[] }).options.map((option) => option.id);
  await call(APP, 'PUT', `/rest/api/3/field/${fieldId}/context/${contextId}/option`, { options: [{ id: delivery, disabled: true }] });
  await call(ADMIN, 'POST', `/rest/api/3/screens/${DEFAULT_SCREEN.id}/tabs/${DEFAULT_SCREEN.tabId}/fields`, { fieldId });
  return { fieldId, billing, delivery };
}

describe('editing an issue', () => {
  it('refuses a field that is not on the edit screen with Jira’s field error, and changes nothing', async () => {
    const key = await createTask(running, AGENT, 'Broken kettle');
    const before = await snapshot(key);
    const answer = await call(AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'Renamed', [START_DATE]: '2026-04-01' } });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: [], errors: { [START_DATE]: offScreen(START_DATE) } } });
    expect(Object.keys((answer.body as { errors: object }).errors)).toEqual([START_DATE]);
    expect(await snapshot(key)).toEqual(before);
  });

  it('refuses an off-screen field named in update as in fields', async () => {
    const key = await createTask(running, AGENT, 'Broken kettle');
    const answer = await call(AGENT, 'PUT', `/rest/api/3/issue/${key}`, { update: { [START_DATE]: [{ set: '2026-04-01' }] } });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: [], errors: { [START_DATE]: offScreen(START_DATE) } } });
  });

  it('holds the app to the edit screen too', async () => {
    const key = await createTask(running, AGENT, 'Broken kettle');
    expect((await call(APP, 'PUT', `/rest/api/3/issue/${key}`, { fields: { [START_DATE]: '2026-04-01' } })).status).toBe(400);
    expect((await call(APP, 'PUT', `/rest/api/3/issue/${key}`, { fields: { labels: ['routed'] } })).status).toBe(204);
  });

  it('lets the app, which holds Administer Jira, override screen security, and nobody else', async () => {
    const key = await createTask(running, AGENT, 'Broken kettle');
    const override = `/rest/api/3/issue/${key}?overrideScreenSecurity=true`;
    for (const person of [AGENT, ADMIN]) {
      const before = await snapshot(key);
      expect(await call(person, 'PUT', override, { fields: { [START_DATE]: '2026-04-01' } })).toMatchObject({
        status: 403,
        body: { errorMessages: ['Only apps with the Administer Jira global permission can override screen security.'] },
      });
      expect(await snapshot(key)).toEqual(before);
    }
    expect((await call(APP, 'PUT', override, { fields: { [START_DATE]: '2026-04-01' } })).status).toBe(204);
    const read = await call(AGENT, 'GET', `/rest/api/3/issue/${key}?fields=${START_DATE}`);
    expect((read.body as { fields: Record<string, unknown> }).fields[START_DATE]).toBe('2026-04-01');
    expect((await call(APP, 'PUT', `/rest/api/3/issue/${key}?overrideEditableFlag=true`, { fields: { labels: ['x'] } })).status).toBe(403);
  });

  it('uses the screen scheme’s edit screen when it names one, and its default screen for create', async () => {
    const screen = await call(ADMIN, 'POST', '/rest/api/3/screens', { name: 'Task: Edit', description: '' });
    const screenId = String((screen.body as { id: number }).id);
    const [tab] = (await call(ADMIN, 'GET', `/rest/api/3/screens/${screenId}/tabs`)).body as { id: number }[];
    await call(ADMIN, 'POST', `/rest/api/3/screens/${screenId}/tabs/${tab?.id ?? 0}/fields`, { fieldId: START_DATE });
    const scheme = await call(ADMIN, 'POST', '/rest/api/3/screenscheme', { name: 'Task screens', screens: { default: DEFAULT_SCREEN.id, edit: screenId } });
    const schemeId = String((scheme.body as { id: number }).id);
    // CMP's issue type screen scheme gives Task (10001) the new screen scheme.
    await call(ADMIN, 'PUT', '/rest/api/3/issuetypescreenscheme/10000/mapping', { issueTypeMappings: [{ issueTypeId: '10001', screenSchemeId: schemeId }] });

    const key = await createTask(running, AGENT, 'Broken kettle', { labels: ['kettle'] });
    expect(await call(AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { labels: ['appliance'] } })).toMatchObject({ status: 400, body: { errors: { labels: offScreen('labels') } } });
    expect((await call(AGENT, 'PUT', `/rest/api/3/issue/${key}`, { fields: { [START_DATE]: '2026-04-01' } })).status).toBe(204);
    const issue = await call(AGENT, 'GET', `/rest/api/3/issue/${key}?fields=labels,${START_DATE}`);
    expect(issue.body).toMatchObject({ fields: { labels: ['kettle'], [START_DATE]: '2026-04-01' } });
  });
});

describe('creating an issue', () => {
  it('refuses a field that is not on the create screen, and creates nothing', async () => {
    const answer = await call(AGENT, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary: 'Late', [START_DATE]: '2026-04-01' } });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: [], errors: { [START_DATE]: offScreen(START_DATE) } } });
    expect(running.events).toEqual([]);
    // The next issue still takes the first key.
    expect(await createTask(running, AGENT, 'Late')).toBe('CMP-1');
  });
});

describe('create metadata', () => {
  it('lists the project’s issue types that an agent may create, paged', async () => {
    const answer = await call(AGENT, 'GET', '/rest/api/3/issue/createmeta/CMP/issuetypes');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ startAt: 0, maxResults: 50, total: 2, issueTypes: [{ id: '10001', name: 'Task', subtask: false }, { id: '10002', name: 'Service Request' }] });
    expect((await call(AGENT, 'GET', `/rest/api/3/issue/createmeta/${BASE_PROJECT.id}/issuetypes?startAt=1&maxResults=1`)).body).toEqual({
      startAt: 1,
      maxResults: 1,
      total: 2,
      issueTypes: [expect.objectContaining({ id: '10002' })],
    });
  });

  it('lists the create screen’s fields after the project and issue type, with their values', async () => {
    const answer = await call(AGENT, 'GET', '/rest/api/3/issue/createmeta/CMP/issuetypes/10001');
    const { fields, total } = answer.body as { fields: { fieldId: string; key: string; required: boolean; operations: string[]; allowedValues?: unknown[]; defaultValue?: unknown }[]; total: number };
    expect(fields.map((field) => field.fieldId)).toEqual(['issuetype', 'project', 'summary', 'reporter', 'components', 'description', 'priority', 'labels', 'duedate', 'assignee']);
    expect(total).toBe(fields.length);
    expect(fields.filter((field) => field.required).map((field) => field.fieldId)).toEqual(['issuetype', 'project', 'summary']);
    const byId = new Map(fields.map((field) => [field.fieldId, field]));
    expect(byId.get('issuetype')?.allowedValues).toEqual([expect.objectContaining({ id: '10001', name: 'Task' })]);
    expect(byId.get('project')?.allowedValues).toEqual([expect.objectContaining({ id: BASE_PROJECT.id, key: 'CMP' })]);
    expect(byId.get('components')).toMatchObject({ key: 'components', operations: ['set', 'add', 'remove'], allowedValues: [{ name: 'Billing' }, { name: 'Delivery' }, { name: 'Support' }] });
    expect(byId.get('priority')).toMatchObject({ hasDefaultValue: true, defaultValue: { name: 'Medium' } });
  });

  it('gives the enabled options of the context that applies to the project and issue type, to an agent', async () => {
    const { fieldId, billing } = await departmentField();
    const task = await call(AGENT, 'GET', '/rest/api/3/issue/createmeta/CMP/issuetypes/10001');
    const department = (task.body as { fields: { fieldId: string }[] }).fields.find((field) => field.fieldId === fieldId);
    expect(department).toEqual({
      fieldId,
      key: fieldId,
      name: 'Department',
      required: false,
      schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select', customId: Number(fieldId.replace('customfield_', '')) },
      hasDefaultValue: false,
      operations: ['set'],
      allowedValues: [{ self: `${running.baseUrl}/rest/api/3/customFieldOption/${billing}`, value: 'Billing', id: billing }],
    });
    // Service Request falls under the field's global context, which has no options.
    const request = await call(AGENT, 'GET', '/rest/api/3/issue/createmeta/CMP/issuetypes/10002');
    expect((request.body as { fields: { fieldId: string; allowedValues?: unknown[] }[] }).fields.find((field) => field.fieldId === fieldId)?.allowedValues).toEqual([]);
  });

  it.each<[string, CallAs, string]>([
    ['a portal customer, who may not create issues in the project', CUSTOMER, '/rest/api/3/issue/createmeta/CMP/issuetypes'],
    ['an unknown project', AGENT, '/rest/api/3/issue/createmeta/NOPE/issuetypes'],
    ['an issue type the project does not have', AGENT, '/rest/api/3/issue/createmeta/CMP/issuetypes/10000'],
  ])('refuses %s', async (_case, as, path) => {
    const answer = await call(as, 'GET', path);
    expect(answer).toMatchObject({ status: 400, body: { errors: {} } });
    expect((answer.body as { errorMessages: string[] }).errorMessages).toHaveLength(1);
  });
});
