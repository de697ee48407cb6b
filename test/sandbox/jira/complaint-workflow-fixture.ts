import { APP, callJira, type CallAs } from './jira-http';
import type { RunningEmulator } from './start-emulator';

/** A Forge app like Complaint Advocate: generic rule modules whose expression each rule overrides in its configuration. */
export const TEST_APP = { appId: 'ari:cloud:ecosystem::app/7d1c0f0e-0000-4000-8000-00000000c0de', environmentId: 'e0000000-0000-4000-8000-000000000001' } as const;
const extension = (moduleKey: string) => `ari:cloud:ecosystem::extension/7d1c0f0e-0000-4000-8000-00000000c0de/${TEST_APP.environmentId}/static/${moduleKey}`;

export const TEST_MODULES = {
  'jira:workflowCondition': [{ key: 'complaint-condition', name: 'Role', description: 'Role check', expression: 'false' }],
  'jira:workflowValidator': [
    { key: 'complaint-validator', name: 'Input', description: 'Input check', expression: 'false', errorMessage: 'The complaint is not ready for this step.' },
  ],
  'jira:customField': [{ key: 'customer-satisfaction', name: { i18n: 'fields.satisfaction' }, type: 'number', readOnly: true }],
} as const;

export const condition = (expression: string) => ({
  ruleKey: 'forge:expression-condition',
  parameters: { key: extension('complaint-condition'), config: JSON.stringify({ expression }) },
});

export const validator = (expression: string) => ({
  ruleKey: 'forge:expression-validator',
  parameters: { key: extension('complaint-validator'), config: JSON.stringify({ expression }) },
});

export interface ComplaintSetup {
  readonly issueTypeId: string;
  readonly statuses: { readonly registered: string; readonly inProgress: string; readonly measuresDone: string; readonly closed: string };
  readonly fields: { readonly measures: string; readonly deadline: string; readonly department: string; readonly satisfaction: string };
  readonly departmentOptions: { readonly billing: string; readonly delivery: string };
  readonly screenId: string;
  readonly workflowId: string;
  readonly workflowName: string;
}

export async function ok<T>(running: RunningEmulator, method: string, path: string, body?: unknown, as: CallAs = APP): Promise<T> {
  const answer = await callJira(running, as, method, path, body);
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

/**
 * Sets up a small complaint workflow the way Set up project does, over REST as the app:
 * Registered → (Start work, lead or advocate, measures and a deadline not in the past) → In progress
 * → (Mark done) → Measures done → (Close, advocates only) → Closed. `start` and `close` hold the
 * transitions' ids: 11 and 31.
 */
export async function setUpComplaintWorkflow(running: RunningEmulator): Promise<ComplaintSetup> {
  running.emulator.installApp({ ...TEST_APP, modules: TEST_MODULES, translate: (key) => (key === 'fields.satisfaction' ? 'Customer satisfaction' : undefined) });
  const type = await ok<{ id: string }>(running, 'POST', '/rest/api/3/issuetype', { name: 'Complaint', description: 'A customer complaint.', type: 'standard' });
  await ok(running, 'PUT', '/rest/api/3/issuetypescheme/10001/issuetype', { issueTypeIds: [type.id] });
  const created = await ok<{ id: string; name: string }[]>(running, 'POST', '/rest/api/3/statuses', {
    scope: { type: 'GLOBAL' },
    statuses: [
      { name: 'Registered', statusCategory: 'TODO' },
      { name: 'Measures done', statusCategory: 'IN_PROGRESS' },
    ],
  });
  const [registered, measuresDone] = created.map((status) => status.id) as [string, string];
  // Jira's own "In Progress" and "Closed" are reused: status names are unique on a site, in any case.
  const inProgress = '3';
  const closed = '6';
  const field = (name: string, type: string, searcherKey: string) =>
    ok<{ id: string }>(running, 'POST', '/rest/api/3/field', { name, type: `com.atlassian.jira.plugin.system.customfieldtypes:${type}`, searcherKey: `com.atlassian.jira.plugin.system.customfieldtypes:${searcherKey}` });
  const measures = (await field('Measures', 'textfield', 'textsearcher')).id;
  const deadline = (await field('Measures deadline', 'datepicker', 'daterange')).id;
  const department = (await field('Department', 'select', 'multiselectsearcher')).id;
  const context = await ok<{ id: string }>(running, 'POST', `/rest/api/3/field/${department}/context`, { name: 'Complaints', projectIds: ['10000'], issueTypeIds: [type.id] });
  const options = await ok<{ options: { id: string; value: string }[] }>(running, 'POST', `/rest/api/3/field/${department}/context/${context.id}/option`, {
    options: [{ value: 'Billing' }, { value: 'Delivery' }],
  });
  const [billing, delivery] = options.options.map((option) => option.id) as [string, string];
  const satisfaction = (await ok<{ id: string; schema: { custom: string } }[]>(running, 'GET', '/rest/api/3/field')).find((f) => f.schema.custom === extension('customer-satisfaction'))?.id ?? '';
  const screen = await ok<{ id: number }>(running, 'POST', '/rest/api/3/screens', { name: 'Complaint: Start work', description: '' });
  const [tab] = await ok<{ id: number }[]>(running, 'GET', `/rest/api/3/screens/${screen.id}/tabs`);
  for (const fieldId of [measures, deadline]) await ok(running, 'POST', `/rest/api/3/screens/${screen.id}/tabs/${tab?.id ?? 0}/fields`, { fieldId });
  const leadOrAdvocate = "user.groups.includes('complaint-advocates') || (issue.assignee != null && issue.assignee.accountId == user.accountId)";
  const workflowName = 'Complaint workflow';
  const answer = await ok<{ workflows: { id: string }[] }>(running, 'POST', '/rest/api/3/workflows/create', {
    scope: { type: 'GLOBAL' },
    statuses: [
      { id: registered, name: 'Registered', statusCategory: 'TODO', statusReference: 'r' },
      { id: inProgress, name: 'In Progress', statusCategory: 'IN_PROGRESS', statusReference: 'p' },
      { id: measuresDone, name: 'Measures done', statusCategory: 'IN_PROGRESS', statusReference: 'm' },
      { id: closed, name: 'Closed', statusCategory: 'DONE', statusReference: 'c' },
    ],
    workflows: [
      {
        name: workflowName,
        description: 'Complaints.',
        statuses: ['r', 'p', 'm', 'c'].map((statusReference) => ({ statusReference, properties: {} })),
        transitions: [
          { id: '1', type: 'INITIAL', name: 'Register', toStatusReference: 'r', links: [] },
          {
            id: '11',
            type: 'DIRECTED',
            name: 'Start work',
            toStatusReference: 'p',
            links: [{ fromStatusReference: 'r' }],
            conditions: { operation: 'ALL', conditions: [condition(leadOrAdvocate)] },
            validators: [
              { ruleKey: 'system:validate-field-value', parameters: { ruleType: 'fieldRequired', fieldsRequired: measures, ignoreContext: 'true', errorMessage: 'Describe the measures.' } },
              validator(`issue.${deadline} == null ? 'Set the Measures deadline.' : (issue.${deadline} >= new CalendarDate() ? true : 'The Measures deadline must not be in the past.')`),
            ],
            transitionScreen: { ruleKey: 'system:transition-screen', parameters: { screenId: String(screen.id) } },
          },
          { id: '21', type: 'DIRECTED', name: 'Mark done', toStatusReference: 'm', links: [{ fromStatusReference: 'p' }] },
          {
            id: '31',
            type: 'DIRECTED',
            name: 'Close',
            toStatusReference: 'c',
            links: [{ fromStatusReference: 'm' }],
            conditions: { operation: 'ALL', conditions: [condition("user.groups.includes('complaint-advocates')")] },
            actions: [{ ruleKey: 'system:update-field', parameters: { field: 'resolution', value: '10000', mode: 'replace' } }],
          },
        ],
      },
    ],
  });
  const workflowId = answer.workflows[0]?.id ?? '';
  const scheme = await ok<{ id: number }>(running, 'POST', '/rest/api/3/workflowscheme', {
    name: 'Complaints scheme',
    description: '',
    defaultWorkflow: 'CMP: Default workflow',
    issueTypeMappings: { [type.id]: workflowName },
  });
  await ok(running, 'PUT', '/rest/api/3/workflowscheme/project', { projectId: '10000', workflowSchemeId: String(scheme.id) });
  return {
    issueTypeId: type.id,
    statuses: { registered, inProgress, measuresDone, closed },
    fields: { measures, deadline, department, satisfaction },
    departmentOptions: { billing, delivery },
    screenId: String(screen.id),
    workflowId,
    workflowName,
  };
}
