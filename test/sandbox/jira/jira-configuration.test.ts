import { ADMIN, addToDefaultScreen, AGENT, APP, callJira, CUSTOMER, type CallAs } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;
const ADMIN_REQUIRED = 'You are not authorized to perform this action. Administrator privileges are required.';

beforeEach(async () => {
  running = await startEmulator();
});

afterEach(async () => {
  await running.close();
});

const call = (method: string, path: string, body?: unknown, as: CallAs = APP) => callJira(running, as, method, path, body);

describe('configuration needs Administer Jira', () => {
  it.each<[string, string, unknown]>([
    ['POST', '/rest/api/3/issuetype', { name: 'Complaint' }],
    ['PUT', '/rest/api/3/issuetypescheme/10001/issuetype', { issueTypeIds: ['10001'] }],
    ['GET', '/rest/api/3/statuses/search', undefined],
    ['POST', '/rest/api/3/statuses', { scope: { type: 'GLOBAL' }, statuses: [{ name: 'X', statusCategory: 'TODO' }] }],
    ['POST', '/rest/api/3/field', { name: 'X', type: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' }],
    ['POST', '/rest/api/3/screens', { name: 'X' }],
    ['POST', '/rest/api/3/workflows/create', { workflows: [] }],
    ['GET', '/rest/api/3/workflows/search', undefined],
    ['POST', '/rest/api/3/workflowscheme', { name: 'X' }],
    ['PUT', '/rest/api/3/workflowscheme/project', { projectId: '10000', workflowSchemeId: '10000' }],
    ['GET', '/rest/api/3/issuetypescreenscheme/project?projectId=10000', undefined],
  ])('%s %s answers an agent 403 and changes nothing', async (method, path, body) => {
    const before = await call('GET', '/rest/api/3/issuetype', undefined, ADMIN);
    expect(await call(method, path, body, AGENT)).toMatchObject({ status: 403, body: { errorMessages: [ADMIN_REQUIRED], errors: {} } });
    expect((await call('GET', '/rest/api/3/issuetype', undefined, ADMIN)).body).toEqual(before.body);
  });

  it('lets a Jira admin do what the app does', async () => {
    expect((await call('POST', '/rest/api/3/issuetype', { name: 'Complaint' }, ADMIN)).status).toBe(201);
  });
});

describe('issue types and issue type schemes', () => {
  it('creates a type in the default scheme, then the project offers it once its scheme has it', async () => {
    const created = await call('POST', '/rest/api/3/issuetype', { name: 'Complaint', description: 'A customer complaint.', type: 'standard' });
    // Task 10001 and Service Request 10002 are seeded, so the next id is 10003.
    expect(created).toMatchObject({ status: 201, body: { id: '10003', name: 'Complaint', hierarchyLevel: 0, subtask: false } });
    const mapping = await call('GET', '/rest/api/3/issuetypescheme/mapping?issueTypeSchemeId=10000');
    expect((mapping.body as { values: unknown[] }).values).toContainEqual({ issueTypeSchemeId: '10000', issueTypeId: '10003' });
    const names = async () => ((await call('GET', '/rest/api/3/issuetype/project?projectId=10000')).body as { name: string }[]).map((t) => t.name);
    expect(await names()).toEqual(['Task', 'Service Request']);
    const scheme = await call('GET', '/rest/api/3/issuetypescheme/project?projectId=10000');
    expect(scheme.body).toMatchObject({ values: [{ issueTypeScheme: { id: '10001', isDefault: false }, projectIds: ['10000'] }] });
    expect((await call('PUT', '/rest/api/3/issuetypescheme/10001/issuetype', { issueTypeIds: ['10003'] })).status).toBe(204);
    expect(await names()).toEqual(['Task', 'Service Request', 'Complaint']);
  });

  it.each<[string, string, string, unknown, number, unknown]>([
    ['a duplicate name, in any case', 'POST', '/rest/api/3/issuetype', { name: 'task' }, 409, { errors: { name: 'An issue type with this name already exists.' } }],
    ['an empty name', 'POST', '/rest/api/3/issuetype', { name: ' ' }, 400, { errors: { name: 'The issue type name must not be empty.' } }],
    ['a type already in the scheme', 'PUT', '/rest/api/3/issuetypescheme/10001/issuetype', { issueTypeIds: ['10001'] }, 400, { errorMessages: ["The issue type with ID '10001' is already in the issue type scheme."] }],
    ['the default scheme', 'PUT', '/rest/api/3/issuetypescheme/10000/issuetype', { issueTypeIds: ['10001'] }, 400, { errorMessages: ['The default issue type scheme cannot be updated.'] }],
    ['an unknown type', 'PUT', '/rest/api/3/issuetypescheme/10001/issuetype', { issueTypeIds: ['99'] }, 404, { errorMessages: ["The issue type with ID '99' does not exist."] }],
    ['an unknown project', 'GET', '/rest/api/3/issuetype/project?projectId=99', undefined, 404, { errorMessages: ['The project is not found or the user does not have permission to view it.'] }],
  ])('refuses %s', async (_name, method, path, body, status, answer) => {
    expect(await call(method, path, body)).toMatchObject({ status, body: answer });
  });

  it('shows non-admins only the types of projects they may browse', async () => {
    await call('POST', '/rest/api/3/issuetype', { name: 'Unused' });
    expect(((await call('GET', '/rest/api/3/issuetype', undefined, AGENT)).body as { name: string }[]).map((t) => t.name)).toEqual(['Task', 'Service Request']);
    expect((await call('GET', '/rest/api/3/issuetype', undefined, CUSTOMER)).body).toEqual([]);
  });
});

describe('statuses', () => {
  it('creates statuses in one go and finds them by id and by search, page by page', async () => {
    const created = await call('POST', '/rest/api/3/statuses', {
      scope: { type: 'GLOBAL' },
      statuses: [
        { name: 'Registered', statusCategory: 'TODO', description: 'New.' },
        { name: 'Measures done', statusCategory: 'IN_PROGRESS' },
      ],
    });
    expect(created).toMatchObject({
      status: 200,
      body: [
        { id: '10002', name: 'Registered', statusCategory: 'TODO', scope: { type: 'GLOBAL' }, description: 'New.' },
        { id: '10003', name: 'Measures done', statusCategory: 'IN_PROGRESS' },
      ],
    });
    expect(((await call('GET', '/rest/api/3/statuses?id=10003&id=3')).body as { name: string }[]).map((s) => s.name)).toEqual(['Measures done', 'In Progress']);
    // Seven seeded global statuses plus two: the first page of 4 is not the last, the third (9 = 4 + 4 + 1) is.
    const first = await call('GET', '/rest/api/3/statuses/search?maxResults=4');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 4, total: 9, isLast: false });
    const last = await call('GET', '/rest/api/3/statuses/search?maxResults=4&startAt=8');
    expect(last.body).toMatchObject({ isLast: true, values: [{ name: 'Measures done' }] });
    const found = await call('GET', '/rest/api/3/statuses/search?searchString=progress');
    expect((found.body as { values: { name: string }[] }).values.map((s) => s.name)).toEqual(['In Progress']);
  });

  it('refuses a name that exists in the scope, in any case, and creates none of the batch', async () => {
    const answer = await call('POST', '/rest/api/3/statuses', {
      scope: { type: 'GLOBAL' },
      statuses: [
        { name: 'Fresh', statusCategory: 'TODO' },
        { name: 'in progress', statusCategory: 'IN_PROGRESS' },
      ],
    });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: ["A status with the name 'in progress' already exists."] } });
    expect((await call('GET', '/rest/api/3/statuses/search?searchString=fresh')).body).toMatchObject({ total: 0 });
  });
});

describe('fields, contexts and options', () => {
  const SELECT = 'com.atlassian.jira.plugin.system.customfieldtypes:select';

  async function department(): Promise<{ fieldId: string; contextId: string }> {
    const field = await call('POST', '/rest/api/3/field', { name: 'Department', type: SELECT, searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher' });
    const fieldId = (field.body as { id: string }).id;
    const context = await call('POST', `/rest/api/3/field/${fieldId}/context`, { name: 'Complaints', projectIds: ['10000'], issueTypeIds: ['10001'] });
    return { fieldId, contextId: (context.body as { id: string }).id };
  }

  it('creates a searchable field with a global context, then a project context beside it', async () => {
    const { fieldId, contextId } = await department();
    // customfield_10040 is the first id after the site's own fields.
    expect(fieldId).toBe('customfield_10040');
    const listed = ((await call('GET', '/rest/api/3/field')).body as { id: string; searchable: boolean; schema: unknown }[]).find((f) => f.id === fieldId);
    expect(listed).toMatchObject({ searchable: true, schema: { type: 'option', custom: SELECT, customId: 10040 } });
    const contexts = await call('GET', `/rest/api/3/field/${fieldId}/context`);
    expect(contexts.body).toMatchObject({
      total: 2,
      values: [
        { name: 'Default Configuration Scheme for Department', isGlobalContext: true, isAnyIssueType: true },
        { id: contextId, name: 'Complaints', isGlobalContext: false, isAnyIssueType: false },
      ],
    });
    expect((await call('GET', `/rest/api/3/field/${fieldId}/context/projectmapping?contextId=${contextId}`)).body).toMatchObject({
      values: [{ contextId, projectId: '10000', isGlobalContext: false }],
    });
    expect((await call('GET', `/rest/api/3/field/${fieldId}/context/issuetypemapping?contextId=${contextId}`)).body).toMatchObject({
      values: [{ contextId, issueTypeId: '10001', isAnyIssueType: false }],
    });
  });

  it('offers the options of the context that applies to the issue, and only enabled ones', async () => {
    const { fieldId, contextId } = await department();
    const added = await call('POST', `/rest/api/3/field/${fieldId}/context/${contextId}/option`, { options: [{ value: 'Billing' }, { value: 'Delivery' }] });
    const [billing, delivery] = (added.body as { options: { id: string }[] }).options.map((o) => o.id);
    await call('PUT', `/rest/api/3/field/${fieldId}/context/${contextId}/option`, { options: [{ id: delivery, disabled: true }] });
    expect((await call('GET', `/rest/api/3/field/${fieldId}/context/${contextId}/option`)).body).toMatchObject({
      values: [
        { id: billing, value: 'Billing', disabled: false },
        { id: delivery, value: 'Delivery', disabled: true },
      ],
    });
    // Creates set only the fields of the create screen, which for CMP is the Default Screen.
    await addToDefaultScreen(running, fieldId);
    const create = (value: string, issuetype = 'Task') =>
      call('POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, issuetype: { name: issuetype }, summary: 'x', [fieldId]: { value } } }, AGENT);
    expect((await create('Billing')).status).toBe(201);
    expect(await create('Delivery')).toMatchObject({ status: 400, body: { errors: { [fieldId]: "Option value 'Delivery' is not valid" } } });
    // Service requests fall under the global context, which has no options.
    expect(await create('Billing', 'Service Request')).toMatchObject({ status: 400, body: { errors: { [fieldId]: "Option value 'Billing' is not valid" } } });
  });

  it.each<[string, (ids: { fieldId: string; contextId: string; globalId: string }) => [string, string, unknown], Record<string, unknown>]>([
    ['a project already in a context', ({ fieldId }) => ['POST', `/rest/api/3/field/${fieldId}/context`, { name: 'Again', projectIds: ['10000'] }], { errorMessages: ["The project with ID '10000' is already assigned to a context of this field."] }],
    ['a second global context', ({ fieldId }) => ['POST', `/rest/api/3/field/${fieldId}/context`, { name: 'Everywhere' }], { errorMessages: ['The field already has a global context.'] }],
    ['projects added to the global context', ({ fieldId, globalId }) => ['PUT', `/rest/api/3/field/${fieldId}/context/${globalId}/project`, { projectIds: ['10000'] }], { errorMessages: ['Projects and issue types can no longer be added to a global context; create a context for them instead.'] }],
    ['an issue type already in the context', ({ fieldId, contextId }) => ['PUT', `/rest/api/3/field/${fieldId}/context/${contextId}/issuetype`, { issueTypeIds: ['10001'] }], { errorMessages: ["The issue type with ID '10001' is already in the context."] }],
    ['an option that exists, in any case', ({ fieldId, contextId }) => ['POST', `/rest/api/3/field/${fieldId}/context/${contextId}/option`, { options: [{ value: 'x' }, { value: 'X' }] }], { errorMessages: ["The option 'X' already exists in this context."] }],
    // The seeded Start date field (a date picker) has the global context 10101.
    ['options on a date field', () => ['GET', '/rest/api/3/field/customfield_10015/context/10101/option', undefined], { errorMessages: ['The custom field does not support options.'] }],
    ['a context of another field', ({ contextId }) => ['GET', `/rest/api/3/field/customfield_10015/context/${contextId}/option`, undefined], { errorMessages: ['The context was not found.'] }],
    ['an unknown field type', () => ['POST', '/rest/api/3/field', { name: 'X', type: 'com.example:magic' }], { errorMessages: ["The custom field type 'com.example:magic' is not supported."] }],
  ])('refuses %s', async (_name, request, answer) => {
    const { fieldId, contextId } = await department();
    const globalId = ((await call('GET', `/rest/api/3/field/${fieldId}/context?isGlobalContext=true`)).body as { values: { id: string }[] }).values[0]?.id ?? '';
    const [method, path, body] = request({ fieldId, contextId, globalId });
    expect((await call(method, path, body)).body).toMatchObject(answer);
  });
});

describe('screens and screen schemes', () => {
  it('builds a screen with its Field Tab, a screen scheme and an issue type screen scheme for the project', async () => {
    const screen = await call('POST', '/rest/api/3/screens', { name: 'Complaint: Start work', description: 'Measures.' });
    expect(screen).toMatchObject({ status: 201, body: { id: 10000, name: 'Complaint: Start work' } });
    const tabs = await call('GET', '/rest/api/3/screens/10000/tabs');
    expect(tabs.body).toEqual([{ id: 10002, name: 'Field Tab' }]);
    expect((await call('POST', '/rest/api/3/screens/10000/tabs/10002/fields', { fieldId: 'duedate' })).body).toEqual({ id: 'duedate', name: 'Due date' });
    expect((await call('POST', '/rest/api/3/screens/10000/tabs', { name: 'More' })).body).toEqual({ id: 10003, name: 'More' });
    expect(await call('POST', '/rest/api/3/screens/10000/tabs/10003/fields', { fieldId: 'duedate' })).toMatchObject({ status: 400, body: { errorMessages: ["The field 'duedate' is already on the screen."] } });
    expect((await call('GET', '/rest/api/3/screens/10000/tabs/10002/fields')).body).toEqual([{ id: 'duedate', name: 'Due date' }]);

    const scheme = await call('POST', '/rest/api/3/screenscheme', { name: 'Complaint screens', screens: { default: 1, create: 10000 } });
    expect(scheme).toMatchObject({ status: 201, body: { id: 10000 } });
    expect((await call('PUT', '/rest/api/3/screenscheme/10000', { screens: { edit: 10000 } })).status).toBe(204);
    expect((await call('GET', '/rest/api/3/screenscheme?id=10000')).body).toMatchObject({ values: [{ id: 10000, screens: { default: 1, create: 10000, edit: 10000 } }] });

    const typeScheme = await call('POST', '/rest/api/3/issuetypescreenscheme', { name: 'CMP complaints', issueTypeMappings: [{ issueTypeId: 'default', screenSchemeId: '1' }] });
    expect(typeScheme).toMatchObject({ status: 201, body: { id: '10001' } });
    expect((await call('PUT', '/rest/api/3/issuetypescreenscheme/10001/mapping', { issueTypeMappings: [{ issueTypeId: '10001', screenSchemeId: '10000' }] })).status).toBe(204);
    expect((await call('PUT', '/rest/api/3/issuetypescreenscheme/project', { issueTypeScreenSchemeId: '10001', projectId: '10000' })).status).toBe(204);
    expect((await call('GET', '/rest/api/3/issuetypescreenscheme/project?projectId=10000')).body).toMatchObject({ values: [{ issueTypeScreenScheme: { id: '10001' }, projectIds: ['10000'] }] });
    expect((await call('GET', '/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=10001')).body).toMatchObject({
      values: [
        { issueTypeScreenSchemeId: '10001', issueTypeId: 'default', screenSchemeId: '1' },
        { issueTypeScreenSchemeId: '10001', issueTypeId: '10001', screenSchemeId: '10000' },
      ],
    });
    expect((await call('POST', '/rest/api/3/issuetypescreenscheme/10001/mapping/remove', { issueTypeIds: ['10001'] })).status).toBe(204);
    expect((await call('GET', '/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=10001')).body).toMatchObject({ total: 1 });
  });

  it.each<[string, string, string, unknown, string]>([
    ['a screen name in use', 'POST', '/rest/api/3/screens', { name: 'default screen' }, "A screen with the name 'default screen' already exists."],
    ['a scheme without a default screen', 'POST', '/rest/api/3/screenscheme', { name: 'S', screens: { create: 1 } }, 'A screen scheme needs a default screen.'],
    ['an unknown screen', 'POST', '/rest/api/3/screenscheme', { name: 'S', screens: { default: 42 } }, "The screen with ID '42' does not exist."],
    ['an issue type screen scheme without default', 'POST', '/rest/api/3/issuetypescreenscheme', { name: 'S', issueTypeMappings: [{ issueTypeId: '10001', screenSchemeId: '1' }] }, 'The issue type mappings must include the default mapping.'],
    ['a type mapped twice', 'PUT', '/rest/api/3/issuetypescreenscheme/10000/mapping', { issueTypeMappings: [{ issueTypeId: 'default', screenSchemeId: '1' }] }, "The issue type 'default' is already mapped in the issue type screen scheme."],
    ['removing the default mapping', 'POST', '/rest/api/3/issuetypescreenscheme/10000/mapping/remove', { issueTypeIds: ['default'] }, 'The default mapping cannot be removed.'],
  ])('refuses %s', async (_name, method, path, body, message) => {
    expect(await call(method, path, body)).toMatchObject({ status: 400, body: { errorMessages: [message] } });
  });
});

describe('JSM request types', () => {
  const OPT_IN = { 'X-ExperimentalApi': 'opt-in' };
  const create = (body: unknown, as: CallAs = APP) => callJira(running, as, 'POST', '/rest/servicedeskapi/servicedesk/1/requesttype', body, OPT_IN);

  it('creates a request type on an issue type of the project, hidden from the portal until grouped', async () => {
    const created = await create({ issueTypeId: '10001', name: 'Complaint', description: 'Tell us.', helpText: 'Details help.' });
    expect(created).toMatchObject({ status: 201, body: { id: '2', name: 'Complaint', issueTypeId: '10001', serviceDeskId: '1', groupIds: [] } });
    const listed = await call('GET', '/rest/servicedeskapi/servicedesk/1/requesttype', undefined, AGENT);
    expect((listed.body as { values: { name: string }[] }).values.map((t) => t.name)).toEqual(['General request', 'Complaint']);
  });

  it.each<[string, CallAs, unknown, number, string]>([
    ['a type the project lacks', APP, { issueTypeId: '10099', name: 'X' }, 400, "The issue type '10099' is not available in the service project."],
    ['a name in use', APP, { issueTypeId: '10002', name: 'general request' }, 400, "A request type with the name 'general request' already exists."],
    ['an agent who is no project admin', AGENT, { issueTypeId: '10002', name: 'X' }, 403, 'You do not have permission to create request types in this service project.'],
  ])('refuses %s', async (_name, as, body, status, message) => {
    expect(await create(body, as)).toMatchObject({ status, body: { errorMessage: message } });
  });

  it('refuses to create one without the experimental opt-in header, creating nothing', async () => {
    const refused = await call('POST', '/rest/servicedeskapi/servicedesk/1/requesttype', { issueTypeId: '10001', name: 'Complaint' });
    expect(refused).toMatchObject({ status: 412, body: { errorMessage: expect.stringContaining("set the header 'X-ExperimentalApi: opt-in'") as unknown } });
    const listed = await call('GET', '/rest/servicedeskapi/servicedesk/1/requesttype', undefined, AGENT);
    expect((listed.body as { values: { name: string }[] }).values.map((t) => t.name)).toEqual(['General request']);
  });
});
