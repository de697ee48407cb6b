import { createCloudClient, createServiceDeskClient, type CloudClient } from 'jira.js';
import { createClient } from 'jira.js/core';
import { z } from 'zod';
import { APP_ACCESS_ROLE, BASE_WORKFLOWS } from '../../../sandbox/jira';
import { condition, TEST_APP, TEST_MODULES, validator } from './complaint-workflow-fixture';
import { responseSchemaOf, serviceDeskSchemaOf } from './jira-js-schemas';
import { TASK_RUN_MS } from '../../../sandbox/jira/workflows/task-runs';
import { startEmulator, type RunningEmulator } from './start-emulator';

/*
 * Every configuration endpoint through the real jira.js client with `onSchemaMismatch: 'throw'`,
 * as the app calls them. The calls build on each other in the order Set up project makes them;
 * endpoints jira.js does not wrap go through its transport with a sibling call's schema.
 */

let running: RunningEmulator;
let app: CloudClient;
let transport: ReturnType<typeof createClient>;
const ids = { issueType: '', statuses: [] as string[], field: '', context: '', options: [] as string[], screen: 0, tab: 0, workflow: '', scheme: 0 };

beforeAll(async () => {
  running = await startEmulator();
  running.emulator.installApp({ ...TEST_APP, modules: TEST_MODULES });
  const options = { host: running.baseUrl, headers: { 'x-forge-provider': 'app' }, onSchemaMismatch: 'throw' } as const;
  app = createCloudClient(options);
  transport = createClient(options);
});

afterAll(async () => {
  await running.close();
});

describe('configuration REST through jira.js', () => {
  it('issue types and issue type schemes', async () => {
    const created = await app.issueTypes.createIssueType({ name: 'Complaint', description: 'A customer complaint.', hierarchyLevel: 0 });
    ids.issueType = created.id ?? '';
    expect((await app.issueTypes.getIssueType({ id: ids.issueType })).name).toBe('Complaint');
    expect((await app.issueTypes.getIssueAllTypes()).map((t) => t.name)).toEqual(['Task', 'Service Request', 'Complaint']);
    const schemes = await app.issueTypeSchemes.getIssueTypeSchemeForProjects({ projectId: [10000] });
    const schemeId = schemes.values[0]?.issueTypeScheme?.id ?? '';
    await app.issueTypeSchemes.addIssueTypesToIssueTypeScheme({ issueTypeSchemeId: Number(schemeId), issueTypeIds: [ids.issueType] });
    const mapping = await app.issueTypeSchemes.getIssueTypeSchemesMapping({ issueTypeSchemeId: [Number(schemeId)] });
    expect(mapping.values.map((m) => m.issueTypeId)).toEqual(['10001', '10002', ids.issueType]);
    expect((await app.issueTypeSchemes.getAllIssueTypeSchemes()).values.map((s) => s.isDefault)).toEqual([true, false]);
    const typesSchema = await responseSchemaOf((client) => client.issueTypes.getIssueAllTypes());
    const ofProject = await transport.sendRequest({ url: '/rest/api/3/issuetype/project', method: 'GET', searchParams: { projectId: 10000 }, schema: typesSchema });
    expect(ofProject).toHaveLength(3);
  });

  it('statuses', async () => {
    const created = await app.status.createStatuses({
      scope: { type: 'GLOBAL' },
      statuses: [
        { name: 'Registered', statusCategory: 'TODO' },
        { name: 'Measures done', statusCategory: 'IN_PROGRESS' },
      ],
    });
    ids.statuses = created.map((s) => s.id ?? '');
    expect((await app.status.getStatusesById({ id: ids.statuses })).map((s) => s.name)).toEqual(['Registered', 'Measures done']);
    const page = await app.status.search({ maxResults: 2 });
    expect(page).toMatchObject({ isLast: false, maxResults: 2 });
    expect((await app.workflowStatuses.getStatus({ idOrName: 'Registered' })).id).toBe(ids.statuses[0]);
    expect((await app.workflowStatuses.getStatuses()).length).toBe(9);
  });

  it('fields, contexts and options', async () => {
    const field = await app.issueFields.createCustomField({
      name: 'Department',
      type: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
      searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher',
    });
    ids.field = field.id ?? '';
    expect((await app.issueFields.getFields()).some((f) => f.id === ids.field && f.schema?.type === 'option')).toBe(true);
    const context = await app.issueCustomFieldContexts.createCustomFieldContext({ fieldId: ids.field, name: 'Complaints', projectIds: ['10000'], issueTypeIds: ['10001'] });
    ids.context = context.id ?? '';
    await app.issueCustomFieldContexts.addIssueTypesToContext({ fieldId: ids.field, contextId: Number(ids.context), issueTypeIds: [ids.issueType] });
    expect((await app.issueCustomFieldContexts.getContextsForField({ fieldId: ids.field })).values.map((c) => c.isGlobalContext)).toEqual([true, false]);
    const projects = await app.issueCustomFieldContexts.getProjectContextMapping({ fieldId: ids.field, contextId: [Number(ids.context)] });
    expect(projects.values).toEqual([{ contextId: ids.context, projectId: '10000', isGlobalContext: false }]);
    const types = await app.issueCustomFieldContexts.getIssueTypeMappingsForContexts({ fieldId: ids.field, contextId: [Number(ids.context)] });
    expect(types.values.map((m) => m.issueTypeId)).toEqual(['10001', ids.issueType]);
    const second = await app.issueCustomFieldContexts.createCustomFieldContext({ fieldId: ids.field, name: 'Nowhere yet', projectIds: ['10000'] }).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(Error);
    const created = await app.issueCustomFieldOptions.createCustomFieldOption({ fieldId: ids.field, contextId: Number(ids.context), options: [{ value: 'Billing' }, { value: 'Delivery' }] });
    ids.options = (created.options ?? []).map((o) => o.id);
    const updated = await app.issueCustomFieldOptions.updateCustomFieldOption({ fieldId: ids.field, contextId: Number(ids.context), options: [{ id: ids.options[1] ?? '', value: 'Delivery', disabled: true }] });
    expect(updated.options?.[0]?.disabled).toBe(true);
    expect((await app.issueCustomFieldOptions.getOptionsForContext({ fieldId: ids.field, contextId: Number(ids.context) })).values.map((o) => o.value)).toEqual(['Billing', 'Delivery']);
  });

  it('screens, screen schemes and issue type screen schemes', async () => {
    const screensSchema = await responseSchemaOf((client) => client.screens.getScreens());
    const screenSchema = (screensSchema as z.ZodObject<{ values: z.ZodArray<z.ZodType> }>).shape.values.element;
    const screen = (await transport.sendRequest({ url: '/rest/api/3/screens', method: 'POST', body: { name: 'Complaint: Start work', description: '' }, schema: screenSchema })) as { id: number };
    ids.screen = screen.id;
    expect((await app.screens.getScreens({ id: [ids.screen] })).values.map((s) => s.name)).toEqual(['Complaint: Start work']);
    const [tab] = await app.screenTabs.getAllScreenTabs({ screenId: ids.screen });
    ids.tab = tab?.id ?? 0;
    expect((await app.screenTabs.addScreenTab({ screenId: ids.screen, name: 'More' })).name).toBe('More');
    expect(await app.screenTabFields.addScreenTabField({ screenId: ids.screen, tabId: ids.tab, fieldId: ids.field })).toEqual({ id: ids.field, name: 'Department' });
    expect(await app.screenTabFields.getAllScreenTabFields({ screenId: ids.screen, tabId: ids.tab })).toEqual([{ id: ids.field, name: 'Department' }]);
    const scheme = await app.screenSchemes.createScreenScheme({ name: 'Complaint screens', screens: { default: 1, create: ids.screen } });
    await app.screenSchemes.updateScreenScheme({ screenSchemeId: String(scheme.id), screens: { edit: String(ids.screen) } });
    expect((await app.screenSchemes.getScreenSchemes({ id: [scheme.id] })).values[0]?.screens).toEqual({ default: 1, create: ids.screen, edit: ids.screen });
    const typeScheme = await app.issueTypeScreenSchemes.createIssueTypeScreenScheme({ name: 'Complaints', issueTypeMappings: [{ issueTypeId: 'default', screenSchemeId: '1' }] });
    await app.issueTypeScreenSchemes.appendMappingsForIssueTypeScreenScheme({
      issueTypeScreenSchemeId: typeScheme.id,
      issueTypeMappings: [{ issueTypeId: ids.issueType, screenSchemeId: String(scheme.id) }],
    });
    await app.issueTypeScreenSchemes.assignIssueTypeScreenSchemeToProject({ issueTypeScreenSchemeId: typeScheme.id, projectId: '10000' });
    const assigned = await app.issueTypeScreenSchemes.getIssueTypeScreenSchemeProjectAssociations({ projectId: [10000] });
    expect(assigned.values[0]?.issueTypeScreenScheme?.id).toBe(typeScheme.id);
    const mapped = await app.issueTypeScreenSchemes.getIssueTypeScreenSchemeMappings({ issueTypeScreenSchemeId: [Number(typeScheme.id)] });
    expect(mapped.values.map((m) => m.issueTypeId)).toEqual(['default', ids.issueType]);
    await app.issueTypeScreenSchemes.removeMappingsFromIssueTypeScreenScheme({ issueTypeScreenSchemeId: typeScheme.id, issueTypeIds: [ids.issueType] });
    expect((await app.issueTypeScreenSchemes.getIssueTypeScreenSchemes({ id: [Number(typeScheme.id)] })).values[0]?.name).toBe('Complaints');
  });

  it('workflows', async () => {
    const [registered, measuresDone] = ids.statuses as [string, string];
    const statuses = [
      { id: registered, name: 'Registered', statusCategory: 'TODO', statusReference: 'r' },
      { id: measuresDone, name: 'Measures done', statusCategory: 'IN_PROGRESS', statusReference: 'm' },
    ];
    const workflow = {
      name: 'Complaint workflow',
      description: 'Complaints.',
      statuses: [{ statusReference: 'r', properties: {} }, { statusReference: 'm', properties: {} }],
      transitions: [
        { id: '1', type: 'INITIAL', name: 'Register', toStatusReference: 'r', links: [] },
        {
          id: '11',
          type: 'DIRECTED',
          name: 'Done',
          toStatusReference: 'm',
          links: [{ fromStatusReference: 'r' }],
          conditions: { operation: 'ALL', conditions: [condition('true')] },
          validators: [validator('true')],
          transitionScreen: { ruleKey: 'system:transition-screen', parameters: { screenId: String(ids.screen) } },
        },
      ],
    };
    const payload = { scope: { type: 'GLOBAL' }, statuses, workflows: [workflow] };
    expect(await app.workflows.validateCreateWorkflows({ payload })).toEqual({ errors: [] });
    const created = await app.workflows.createWorkflows(payload);
    ids.workflow = created.workflows?.[0]?.id ?? '';
    const read = await app.workflows.readWorkflows({ workflowIds: [ids.workflow] });
    const current = read.workflows?.[0];
    expect(current?.transitions?.map((t) => t.name)).toEqual(['Register', 'Done']);
    expect((await app.workflows.searchWorkflows({ queryString: 'Complaint', expand: 'values.transitions' })).values?.length).toBe(1);
    // The same document again, at the version just read.
    const update = { statuses, workflows: [{ ...workflow, id: ids.workflow, version: current?.version ?? {}, description: 'Complaints, revised.' }] };
    expect(await app.workflows.validateUpdateWorkflows({ payload: update })).toEqual({ errors: [] });
    expect((await app.workflows.updateWorkflows(update)).workflows?.[0]?.version?.versionNumber).toBe(2);
  });

  it('workflow schemes, their projects and updates', async () => {
    const scheme = await app.workflowSchemes.createWorkflowScheme({ name: 'Complaints scheme', defaultWorkflow: BASE_WORKFLOWS.project.name, issueTypeMappings: { [ids.issueType]: 'Complaint workflow' } });
    ids.scheme = scheme.id ?? 0;
    expect((await app.workflowSchemes.getWorkflowScheme({ id: ids.scheme })).issueTypeMappings).toEqual({ [ids.issueType]: 'Complaint workflow' });
    expect((await app.workflowSchemes.updateWorkflowScheme({ id: ids.scheme, body: { description: 'For complaints.' } })).description).toBe('For complaints.');
    expect((await app.workflowSchemes.getAllWorkflowSchemes()).values.map((s) => s.name)).toEqual(['CMP: Workflow scheme', 'Complaints scheme']);
    await app.workflowSchemeProjectAssociations.assignSchemeToProject({ projectId: '10000', workflowSchemeId: String(ids.scheme) });
    const associations = await app.workflowSchemeProjectAssociations.getWorkflowSchemeProjectAssociations({ projectId: [10000] });
    expect(associations.values[0]?.workflowScheme?.name).toBe('Complaints scheme');
    const [read] = await app.workflowSchemes.readWorkflowSchemes({ projectIds: ['10000'] });
    const change = { id: read?.id ?? '', defaultWorkflowId: BASE_WORKFLOWS.project.id, workflowsForIssueTypes: [{ issueTypeIds: [ids.issueType, '10001'], workflowId: ids.workflow }] };
    const required = await app.workflowSchemes.getRequiredWorkflowSchemeMappings(change);
    expect(required.statusMappingsByIssueTypes?.map((m) => m.issueTypeId)).toEqual(['10001']);
    const task = await app.workflowSchemes.updateSchemes({
      ...change,
      name: read?.name ?? '',
      description: '',
      version: read?.version ?? {},
      statusMappingsByIssueTypeOverride: [
        {
          issueTypeId: '10001',
          statusMappings: (required.statusMappingsByIssueTypes?.[0]?.statusIds ?? []).map((oldStatusId) => ({ oldStatusId, newStatusId: ids.statuses[0] ?? '' })),
        },
      ],
    });
    // The migration runs as a task of its own, which a client follows to its end.
    expect(task).toMatchObject({ status: 'RUNNING' });
    await new Promise((resolve) => setTimeout(resolve, TASK_RUN_MS + 50));
    expect(await app.tasks.getTask({ taskId: task.id })).toMatchObject({ id: task.id, status: 'COMPLETE', progress: 100 });
  });

  it('JSM request types', async () => {
    const desk = createServiceDeskClient({ host: running.baseUrl, headers: { 'x-forge-provider': 'app' }, onSchemaMismatch: 'throw' });
    const schema = await serviceDeskSchemaOf((client) => client.servicedesk.getRequestTypeById({ serviceDeskId: '1', requestTypeId: '1' }));
    const created = (await transport.sendRequest({
      url: '/rest/servicedeskapi/servicedesk/1/requesttype',
      method: 'POST',
      headers: { 'X-ExperimentalApi': 'opt-in' },
      body: { issueTypeId: ids.issueType, name: 'Complaint', description: 'Tell us.', helpText: 'Details help.' },
      schema,
    })) as { id: string };
    expect((await desk.servicedesk.getRequestTypes({ serviceDeskId: '1' })).values?.map((t) => t.id)).toEqual(['1', created.id]);
  });

  it('app field values', async () => {
    const field = (await app.issueFields.getFields()).find((f) => f.schema?.custom?.endsWith('/static/customer-satisfaction'));
    const issue = await app.issues.createIssue({ fields: { project: { key: 'CMP' }, issuetype: { id: '10002' }, summary: 'Rated' } });
    await app.issueCustomFieldValuesApps.updateCustomFieldValue({ fieldIdOrKey: field?.id ?? '', updates: [{ issueIds: [Number(issue.id)], value: 4 }] });
    await app.issueCustomFieldValuesApps.updateMultipleCustomFieldValues({ updates: [{ customField: field?.id ?? '', issueIds: [Number(issue.id)], value: 5 }] });
    expect((await app.issues.getIssue({ issueIdOrKey: issue.key, fields: [field?.id ?? ''] })).fields?.[field?.id ?? '']).toBe(5);
  });

  it('permission schemes: the project’s scheme, its grants, and taking one away', async () => {
    const admin = createCloudClient({ host: running.baseUrl, auth: { type: 'basic', email: 'adele.admin@example.com', apiToken: 'token' }, onSchemaMismatch: 'throw' });
    const scheme = await admin.projectPermissionSchemes.getAssignedPermissionScheme({ projectKeyOrId: 'CMP' });
    const { permissions = [] } = await admin.permissionSchemes.getPermissionSchemeGrants({ schemeId: scheme.id ?? 0 });
    // Taking a grant the app never uses, so the calls above could run in any order.
    const linking = permissions.find((g) => g.permission === 'LINK_ISSUES' && g.holder?.type === 'projectRole' && g.holder.parameter === APP_ACCESS_ROLE.id);
    await admin.permissionSchemes.deletePermissionSchemeEntity({ schemeId: scheme.id ?? 0, permissionId: linking?.id ?? 0 });
    const after = await admin.permissionSchemes.getPermissionSchemeGrants({ schemeId: scheme.id ?? 0 });
    expect(linking).toBeDefined();
    expect(after.permissions?.map((g) => g.id)).toEqual(permissions.filter((g) => g !== linking).map((g) => g.id));
  });
});
