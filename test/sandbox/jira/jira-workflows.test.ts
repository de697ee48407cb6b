import { BASE_STATUSES, BASE_WORKFLOWS } from '../../../sandbox/jira';
import { condition, ok, setUpComplaintWorkflow, TEST_APP, TEST_MODULES, validator } from './complaint-workflow-fixture';
import { AGENT, APP, callJira, createTask } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';
import { TASK_RUN_MS } from '../../../sandbox/jira/workflows/task-runs';

let running: RunningEmulator;

beforeEach(async () => {
  running = await startEmulator();
  running.emulator.installApp({ ...TEST_APP, modules: TEST_MODULES });
});

afterEach(async () => {
  await running.close();
});

const call = (method: string, path: string, body?: unknown) => callJira(running, APP, method, path, body);

/** A two-status workflow on Jira's To Do and Done, with the given second transition. */
const payload = (name: string, transition: Record<string, unknown> = {}) => ({
  scope: { type: 'GLOBAL' },
  statuses: [
    { id: BASE_STATUSES.toDo, name: 'To Do', statusCategory: 'TODO', statusReference: 'todo' },
    { id: BASE_STATUSES.done, name: 'Done', statusCategory: 'DONE', statusReference: 'done' },
  ],
  workflows: [
    {
      name,
      statuses: [{ statusReference: 'todo', properties: {} }, { statusReference: 'done', properties: {} }],
      transitions: [
        { id: '1', type: 'INITIAL', name: 'Create', toStatusReference: 'todo', links: [] },
        { id: '11', type: 'DIRECTED', name: 'Finish', toStatusReference: 'done', links: [{ fromStatusReference: 'todo' }], ...transition },
      ],
    },
  ],
});

describe('workflow validation', () => {
  const messages = async (body: unknown, levels?: string[]) => {
    const answer = await call('POST', '/rest/api/3/workflows/create/validation', { payload: body, ...(levels ? { validationOptions: { levels } } : {}) });
    expect(answer.status).toBe(200);
    return (answer.body as { errors: { message: string; type: string }[] }).errors.map((error) => `${error.type}: ${error.message}`);
  };

  it('finds nothing wrong with a sound payload', async () => {
    expect(await messages(payload('Sound', { conditions: { operation: 'ALL', conditions: [condition('true')] }, validators: [validator('true')] }))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown rule key', { validators: [{ ruleKey: 'system:magic', parameters: {} }] }, "RULE: Rule cannot be applied to this type or is unsupported: 'system:magic'."],
    ['a condition used as a validator', { validators: [condition('true')] }, "RULE: Rule cannot be applied to this type or is unsupported: 'forge:expression-condition'."],
    [
      'a Forge rule of a module that is not installed',
      { conditions: { operation: 'ALL', conditions: [{ ruleKey: 'forge:expression-condition', parameters: { key: 'ari:cloud:ecosystem::extension/x/y/static/z' } }] } },
      "RULE: No installed Forge app provides a jira:workflowCondition with the key 'ari:cloud:ecosystem::extension/x/y/static/z'.",
    ],
    ['a required field that does not exist', { validators: [{ ruleKey: 'system:validate-field-value', parameters: { ruleType: 'fieldRequired', fieldsRequired: 'customfield_1' } }] }, "RULE: The field 'customfield_1' does not exist."],
    ['a rule type the sandbox does not run', { validators: [{ ruleKey: 'system:validate-field-value', parameters: { ruleType: 'fieldChanged', fieldKey: 'summary' } }] }, "RULE: The rule type 'fieldChanged' is not supported by the sandbox; use fieldRequired."],
    ['an unknown transition screen', { transitionScreen: { ruleKey: 'system:transition-screen', parameters: { screenId: '999' } } }, "RULE: The screen with ID '999' does not exist."],
    ['a target outside the workflow', { toStatusReference: 'elsewhere' }, "TRANSITION: The transition goes to 'elsewhere', which is not a status of the workflow."],
    ['a directed transition without links', { links: [] }, 'TRANSITION: A DIRECTED transition needs at least one link from a status.'],
    ['a transition without an id', { id: undefined }, 'TRANSITION: Every transition needs a numeric id.'],
    ['a duplicate transition id', { id: '1' }, "TRANSITION: The transition id '1' is used twice."],
  ])('reports %s', async (_name, transition, message) => {
    expect(await messages(payload('Faulty', transition))).toContain(message);
  });

  it('reports a second initial transition, a taken name and a status name in use', async () => {
    const body = payload(BASE_WORKFLOWS.project.name, { type: 'INITIAL', links: [] });
    body.statuses.push({ name: 'done', statusCategory: 'DONE', statusReference: 'new' } as (typeof body.statuses)[number]);
    expect(await messages(body)).toEqual([
      "STATUS: A status with the name 'done' already exists; give its id to use it.",
      'WORKFLOW: A workflow with the name \'CMP: Default workflow\' already exists.',
      'WORKFLOW: A workflow needs exactly one INITIAL transition.',
    ]);
    expect(await messages(body, ['WARNING'])).toEqual([]);
  });

  it('refuses an invalid create with the validation messages and creates nothing', async () => {
    const answer = await call('POST', '/rest/api/3/workflows/create', payload('Broken', { links: [] }));
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: ['A DIRECTED transition needs at least one link from a status.'], errors: {} } });
    expect((await call('POST', '/rest/api/3/workflows', { workflowNames: ['Broken'] })).body).toEqual({ statuses: [], workflows: [] });
  });
});

describe('workflows', () => {
  it('creates a workflow and reads it back by id, by name and by search, with status references as ids', async () => {
    const rules = { conditions: { operation: 'ALL', conditions: [condition('true')] }, validators: [validator('true')] };
    const created = await ok<{ workflows: { id: string; version: unknown }[]; statuses: unknown[] }>(running, 'POST', '/rest/api/3/workflows/create', payload('Two steps', rules));
    const [workflow] = created.workflows;
    expect(workflow).toMatchObject({ version: { versionNumber: 1 }, isEditable: true, scope: { type: 'GLOBAL' } });
    expect(created.statuses).toEqual([
      expect.objectContaining({ id: '10000', statusReference: '10000', name: 'To Do' }),
      expect.objectContaining({ id: '10001', statusReference: '10001', name: 'Done' }),
    ]);
    const byId = await ok<{ workflows: unknown[] }>(running, 'POST', '/rest/api/3/workflows', { workflowIds: [workflow?.id] });
    const byName = await ok<{ workflows: unknown[] }>(running, 'POST', '/rest/api/3/workflows', { workflowNames: ['Two steps'] });
    expect(byName).toEqual(byId);
    expect(byId.workflows).toMatchObject([
      {
        name: 'Two steps',
        statuses: [{ statusReference: '10000' }, { statusReference: '10001' }],
        transitions: [
          { id: '1', type: 'INITIAL', toStatusReference: '10000', links: [] },
          { id: '11', type: 'DIRECTED', toStatusReference: '10001', links: [{ fromStatusReference: '10000' }], conditions: { operation: 'ALL', conditions: [rules.conditions.conditions[0]] }, validators: [rules.validators[0]] },
        ],
      },
    ]);
    const search = await ok<{ values: Record<string, unknown>[] }>(running, 'GET', '/rest/api/3/workflows/search?queryString=two');
    expect(search.values.map((w) => [w.name, 'transitions' in w])).toEqual([['Two steps', false]]);
    const expanded = await ok<{ values: { transitions: unknown[] }[] }>(running, 'GET', '/rest/api/3/workflows/search?queryString=two&expand=values.transitions');
    expect(expanded.values[0]?.transitions).toHaveLength(2);
    // Only the project's workflow is in use by a scheme of a project.
    const active = await ok<{ values: { name: string }[] }>(running, 'GET', '/rest/api/3/workflows/search?isActive=true');
    expect(active.values.map((w) => w.name)).toEqual([BASE_WORKFLOWS.project.name]);
  });

  it('updates a workflow at its current version only, and moves issues out of statuses it drops', async () => {
    const { workflows } = await ok<{ workflows: { id: string }[] }>(running, 'POST', '/rest/api/3/workflows/create', payload('Short'));
    const id = workflows[0]?.id ?? '';
    const scheme = await ok<{ id: number }>(running, 'POST', '/rest/api/3/workflowscheme', { name: 'Short scheme', defaultWorkflow: 'Short' });
    await ok(running, 'PUT', '/rest/api/3/workflowscheme/project', { projectId: '10000', workflowSchemeId: String(scheme.id) });
    const key = await createTask(running, AGENT, 'Stuck in To Do');
    // The new version keeps only Done: the To Do issue needs a home.
    const onlyDone = (version: number, extra: Record<string, unknown> = {}) => ({
      statuses: [{ id: BASE_STATUSES.done, name: 'Done', statusCategory: 'DONE', statusReference: 'done' }],
      workflows: [
        {
          id,
          version: { versionNumber: version },
          statuses: [{ statusReference: 'done', properties: {} }],
          transitions: [{ id: '1', type: 'INITIAL', name: 'Create', toStatusReference: 'done', links: [] }],
          ...extra,
        },
      ],
    });
    expect((await call('POST', '/rest/api/3/workflows/update', onlyDone(7))).body).toMatchObject({
      errorMessages: ["The workflow 'Short' has changed since this version; read it again.", `Issues in status '${BASE_STATUSES.toDo}' need a status to move to.`],
    });
    const validation = await call('POST', '/rest/api/3/workflows/update/validation', { payload: onlyDone(1) });
    expect(validation.body).toMatchObject({ errors: [{ type: 'STATUS_MAPPING', elementReference: { statusMappingReference: { projectId: '10000', issueTypeId: '10001' } } }] });
    const updated = await call('POST', '/rest/api/3/workflows/update', onlyDone(1, { defaultStatusMappings: [{ oldStatusReference: BASE_STATUSES.toDo, newStatusReference: 'done' }] }));
    expect(updated).toMatchObject({ status: 200, body: { workflows: [{ id, version: { versionNumber: 2 } }], taskId: null } });
    expect((await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=status`)).body).toMatchObject({ fields: { status: { name: 'Done' } } });
  });

  it('keeps the system workflow as it is', async () => {
    const system = await ok<{ workflows: { id: string; isEditable: boolean }[] }>(running, 'POST', '/rest/api/3/workflows', { workflowNames: ['jira'] });
    expect(system.workflows[0]?.isEditable).toBe(false);
    const answer = await call('POST', '/rest/api/3/workflows/update', { workflows: [{ id: system.workflows[0]?.id, version: { versionNumber: 1 }, statuses: [], transitions: [] }] });
    expect((answer.body as { errorMessages: string[] }).errorMessages).toContain('The system workflow cannot be changed.');
  });
});

describe('workflow schemes', () => {
  it('creates a scheme by workflow names, with Jira’s system workflow as the default when none is given', async () => {
    const created = await call('POST', '/rest/api/3/workflowscheme', { name: 'Plain', description: 'd', issueTypeMappings: { '10001': BASE_WORKFLOWS.project.name } });
    expect(created).toMatchObject({ status: 201, body: { id: 10001, name: 'Plain', defaultWorkflow: 'jira', issueTypeMappings: { '10001': BASE_WORKFLOWS.project.name }, draft: false } });
    expect((await call('GET', '/rest/api/3/workflowscheme/10001')).body).toEqual(created.body);
    expect((await call('GET', '/rest/api/3/workflowscheme')).body).toMatchObject({ total: 2, values: [{ id: 10000 }, { id: 10001 }] });
    expect((await call('PUT', '/rest/api/3/workflowscheme/10001', { defaultWorkflow: BASE_WORKFLOWS.project.name })).body).toMatchObject({ defaultWorkflow: BASE_WORKFLOWS.project.name });
    // The base project's scheme is in use: it changes through /workflowscheme/update only.
    expect((await call('PUT', '/rest/api/3/workflowscheme/10000', { description: 'x' })).status).toBe(400);
  });

  it('switches the scheme of a project without issues, and refuses once it has some', async () => {
    await setUpComplaintWorkflow(running);
    expect((await call('GET', '/rest/api/3/workflowscheme/project?projectId=10000')).body).toMatchObject({
      values: [{ projectIds: ['10000'], workflowScheme: { name: 'Complaints scheme', defaultWorkflow: BASE_WORKFLOWS.project.name } }],
    });
    await createTask(running, AGENT, 'Now the project has an issue');
    const answer = await call('PUT', '/rest/api/3/workflowscheme/project', { projectId: '10000', workflowSchemeId: '10000' });
    expect(answer).toMatchObject({
      status: 400,
      body: { errorMessages: ['The workflow scheme cannot be assigned to a project that has issues; use POST /rest/api/3/workflowscheme/update to migrate them.'] },
    });
  });

  it('moves a project that has issues onto a new workflow with the mappings Jira asks for', async () => {
    const type = await ok<{ id: string }>(running, 'POST', '/rest/api/3/issuetype', { name: 'Complaint' });
    await ok(running, 'PUT', '/rest/api/3/issuetypescheme/10001/issuetype', { issueTypeIds: [type.id] });
    const complaint = await ok<{ key: string }>(running, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, issuetype: { id: type.id }, summary: 'Old complaint' } }, AGENT);
    const task = await createTask(running, AGENT, 'A task stays where it is');
    await ok(running, 'POST', `/rest/api/3/issue/${complaint.key}/transitions`, { transition: { id: '11' } }, AGENT);
    const { workflows } = await ok<{ workflows: { id: string }[] }>(running, 'POST', '/rest/api/3/workflows/create', payload('Complaints'));
    const target = workflows[0]?.id ?? '';
    const [scheme] = await ok<{ id: string; version: { versionNumber: number }; defaultWorkflow: { id: string } }[]>(running, 'POST', '/rest/api/3/workflowscheme/read', { projectIds: ['10000'] });
    const change = { id: scheme?.id, defaultWorkflowId: BASE_WORKFLOWS.project.id, workflowsForIssueTypes: [{ issueTypeIds: [type.id], workflowId: target }] };
    const required = await ok<Record<string, unknown>>(running, 'POST', '/rest/api/3/workflowscheme/update/mappings', change);
    // The new workflow has To Do and Done; the old one's In Progress has no home.
    expect(required).toMatchObject({
      statusMappingsByIssueTypes: [{ issueTypeId: type.id, statusIds: [BASE_STATUSES.inProgress] }],
      statusMappingsByWorkflows: [{ sourceWorkflowId: BASE_WORKFLOWS.project.id, targetWorkflowId: target, statusIds: [BASE_STATUSES.inProgress] }],
    });
    const update = { ...change, name: 'CMP: Workflow scheme', description: '', version: scheme?.version };
    const missing = await call('POST', '/rest/api/3/workflowscheme/update', update);
    expect(missing).toMatchObject({ status: 400, body: { errorMessages: [`Issue type ${type.id} needs a status of the new workflow for status ${BASE_STATUSES.inProgress}.`] } });
    const done = await call('POST', '/rest/api/3/workflowscheme/update', {
      ...update,
      statusMappingsByWorkflows: [{ oldWorkflowId: BASE_WORKFLOWS.project.id, newWorkflowId: target, statusMappings: [{ oldStatusId: BASE_STATUSES.inProgress, newStatusId: BASE_STATUSES.toDo }] }],
    });
    // The 303 to the task is followed: the task runs for a while, and the scheme refuses another update meanwhile.
    expect(done).toMatchObject({ status: 200, body: { status: 'RUNNING' } });
    const taskId = (done.body as { id: string }).id;
    const [current] = await ok<{ version: unknown }[]>(running, 'POST', '/rest/api/3/workflowscheme/read', { workflowSchemeIds: [scheme?.id] });
    expect(await call('POST', '/rest/api/3/workflowscheme/update', { ...update, version: current?.version })).toMatchObject({
      status: 409,
      body: { errorMessages: ['Another update of this workflow scheme is in progress. Try again when its task has finished.'] },
    });
    await new Promise((resolve) => setTimeout(resolve, TASK_RUN_MS + 50));
    // Then it reports the one complaint it moved.
    expect(await call('GET', `/rest/api/3/task/${taskId}`)).toMatchObject({ status: 200, body: { status: 'COMPLETE', progress: 100, result: { migratedIssues: 1 } } });
    const status = async (key: string) => ((await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=status`)).body as { fields: { status: { name: string } } }).fields.status.name;
    expect([await status(complaint.key), await status(task)]).toEqual(['To Do', 'To Do']);
    const [after] = await ok<{ version: { versionNumber: number }; workflowsForIssueTypes: unknown[] }[]>(running, 'POST', '/rest/api/3/workflowscheme/read', { workflowSchemeIds: [scheme?.id] });
    expect(after).toMatchObject({ version: { versionNumber: 2 }, workflowsForIssueTypes: [{ issueTypeIds: [type.id], workflow: { id: target, name: 'Complaints' } }] });
    expect((await call('POST', '/rest/api/3/workflowscheme/update', update)).status).toBe(409);
  });
});
