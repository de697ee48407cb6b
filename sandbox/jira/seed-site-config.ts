import { randomUUID } from 'node:crypto';
import { insertCustomField } from './fields/insert-custom-field';
import { REQUEST_PARTICIPANTS_FIELD, REQUEST_TYPE_FIELD, START_DATE_FIELD } from './fields/well-known-fields';
import type { JiraSite } from './jira-site';
import { primeSequence } from './store/sequence-store';
import { NO_RULES, type TransitionRecord, type WorkflowRecord } from './store/workflow-store';

export const BASE_ISSUE_TYPES = { task: '10001', serviceRequest: '10002' } as const;
export const BASE_STATUSES = { toDo: '10000', inProgress: '3', done: '10001' } as const;
export const BASE_TRANSITIONS = { startProgress: '11', done: '21', stopProgress: '31', reopen: '41' } as const;

/** The schemes the base project uses; new projects in Jira Cloud get schemes of their own like these. */
export const BASE_SCHEMES = {
  defaultIssueTypeScheme: '10000',
  projectIssueTypeScheme: '10001',
  workflowScheme: '10000',
  defaultIssueTypeScreenScheme: '1',
  projectIssueTypeScreenScheme: '10000',
} as const;

/** Jira's system workflow ("Jira Workflow (jira)") and the workflow the base project was created with. */
export const BASE_WORKFLOWS = {
  system: { id: '5f5dd4a4-3d0c-4ec0-8a2e-0000000000aa', name: 'jira' },
  project: { id: '5f5dd4a4-3d0c-4ec0-8a2e-000000010000', name: 'CMP: Default workflow' },
} as const;

const SYSTEM_STATUSES = { open: '1', reopened: '4', resolved: '5', closed: '6' } as const;
const SCREENS = { default: '1', resolve: '2' } as const;

const transition = (
  id: string,
  name: string,
  type: TransitionRecord['type'],
  fromStatusIds: readonly string[],
  toStatusId: string,
  screenId: string | null = null,
): TransitionRecord => ({ id, name, description: '', type, fromStatusIds, toStatusId, screenId, rules: NO_RULES, properties: {} });

const workflow = (
  site: JiraSite,
  ids: { id: string; name: string },
  description: string,
  statusIds: readonly string[],
  transitions: readonly TransitionRecord[],
): WorkflowRecord => ({
  ...ids,
  description,
  projectId: null,
  version: { id: randomUUID(), versionNumber: 1 },
  created: site.now(),
  updated: site.now(),
  statuses: statusIds.map((statusId) => ({ statusId, statusReference: statusId, properties: {} })),
  transitions,
});

function seedIssueTypes(site: JiraSite): void {
  site.catalog.insertIssueType({ id: BASE_ISSUE_TYPES.task, name: 'Task', description: 'A small, distinct piece of work.', hierarchyLevel: 0, iconAvatarId: 10318 });
  site.catalog.insertIssueType({
    id: BASE_ISSUE_TYPES.serviceRequest,
    name: 'Service Request',
    description: 'Created by Jira Service Management.',
    hierarchyLevel: 0,
    iconAvatarId: 10310,
  });
  const allTypes = [BASE_ISSUE_TYPES.task, BASE_ISSUE_TYPES.serviceRequest];
  site.issueTypeSchemes.insert({
    id: BASE_SCHEMES.defaultIssueTypeScheme,
    name: 'Default Issue Type Scheme',
    description: 'Default issue type scheme is the list of global issue types. All newly created issue types will automatically be added to this scheme.',
    defaultIssueTypeId: null,
    isDefault: true,
  });
  site.issueTypeSchemes.append(BASE_SCHEMES.defaultIssueTypeScheme, allTypes);
  site.issueTypeSchemes.insert({
    id: BASE_SCHEMES.projectIssueTypeScheme,
    name: 'CMP: Jira Service Management Issue Type Scheme',
    description: '',
    defaultIssueTypeId: BASE_ISSUE_TYPES.serviceRequest,
    isDefault: false,
  });
}

function seedStatuses(site: JiraSite): void {
  const statuses = [
    { id: SYSTEM_STATUSES.open, name: 'Open', category: 'TODO' },
    { id: BASE_STATUSES.inProgress, name: 'In Progress', category: 'IN_PROGRESS' },
    { id: SYSTEM_STATUSES.reopened, name: 'Reopened', category: 'TODO' },
    { id: SYSTEM_STATUSES.resolved, name: 'Resolved', category: 'DONE' },
    { id: SYSTEM_STATUSES.closed, name: 'Closed', category: 'DONE' },
    { id: BASE_STATUSES.toDo, name: 'To Do', category: 'TODO' },
    { id: BASE_STATUSES.done, name: 'Done', category: 'DONE' },
  ] as const;
  for (const status of statuses) site.statuses.insert({ ...status, description: '', projectId: null });
}

function seedWorkflows(site: JiraSite): void {
  const { open, reopened, resolved, closed } = SYSTEM_STATUSES;
  const { toDo, inProgress, done } = BASE_STATUSES;
  site.workflows.insert(
    workflow(site, BASE_WORKFLOWS.system, 'The default Jira workflow.', [open, inProgress, resolved, reopened, closed], [
      transition('1', 'Create', 'INITIAL', [], open),
      transition('4', 'Start Progress', 'DIRECTED', [open, reopened], inProgress),
      transition('301', 'Stop Progress', 'DIRECTED', [inProgress], open),
      transition('5', 'Resolve Issue', 'DIRECTED', [open, inProgress, reopened], resolved, SCREENS.resolve),
      transition('2', 'Close Issue', 'DIRECTED', [open, inProgress, reopened, resolved], closed, SCREENS.resolve),
      transition('3', 'Reopen Issue', 'DIRECTED', [resolved, closed], reopened),
    ]),
  );
  site.workflows.insert(
    workflow(site, BASE_WORKFLOWS.project, 'To Do, In Progress, Done.', [toDo, inProgress, done], [
      transition('1', 'Create', 'INITIAL', [], toDo),
      transition(BASE_TRANSITIONS.startProgress, 'Start progress', 'DIRECTED', [toDo], inProgress),
      transition(BASE_TRANSITIONS.done, 'Done', 'DIRECTED', [inProgress], done, SCREENS.resolve),
      transition(BASE_TRANSITIONS.stopProgress, 'Stop progress', 'DIRECTED', [inProgress], toDo),
      transition(BASE_TRANSITIONS.reopen, 'Reopen', 'DIRECTED', [done], inProgress),
    ]),
  );
  site.workflowSchemes.insert({
    id: BASE_SCHEMES.workflowScheme,
    name: 'CMP: Workflow scheme',
    description: '',
    defaultWorkflowId: BASE_WORKFLOWS.project.id,
    mappings: {},
    version: { id: randomUUID(), versionNumber: 1 },
  });
}

function seedScreens(site: JiraSite): void {
  site.screens.insert({ id: SCREENS.default, name: 'Default Screen', description: 'Allows to update all system fields.' });
  site.screens.insertTab({ id: '10000', screenId: SCREENS.default, name: 'Field Tab' });
  for (const field of ['summary', 'issuetype', 'reporter', 'components', 'description', 'priority', 'labels', 'duedate', 'assignee']) {
    site.screens.addField('10000', field);
  }
  site.screens.insert({ id: SCREENS.resolve, name: 'Resolve Issue Screen', description: 'Allows to set resolution, change fix versions and assign an issue.' });
  site.screens.insertTab({ id: '10001', screenId: SCREENS.resolve, name: 'Field Tab' });
  for (const field of ['resolution', 'assignee']) site.screens.addField('10001', field);
  site.screenSchemes.insert({ id: '1', name: 'Default Screen Scheme', description: 'Default Screen Scheme', screens: { default: SCREENS.default } });
  for (const [id, name] of [
    [BASE_SCHEMES.defaultIssueTypeScreenScheme, 'Default Issue Type Screen Scheme'],
    [BASE_SCHEMES.projectIssueTypeScreenScheme, 'CMP: Jira Service Management Issue Type Screen Scheme'],
  ] as const) {
    site.screenSchemes.insertIssueTypeScheme({ id, name, description: '' });
    site.screenSchemes.addMappings(id, [{ issueTypeId: 'default', screenSchemeId: '1' }]);
  }
}

function seedCustomFields(site: JiraSite): void {
  const fields = [
    {
      id: REQUEST_TYPE_FIELD,
      name: 'Request Type',
      description: 'Holds information about which Service Desk was used to create a ticket.',
      typeKey: 'com.atlassian.servicedesk:vp-origin',
      searcherKey: 'com.atlassian.servicedesk:vp-origin-searcher',
    },
    {
      id: START_DATE_FIELD,
      name: 'Start date',
      description: 'Allows the planned start date for a piece of work to be set.',
      typeKey: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker',
      searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:daterange',
    },
    {
      id: REQUEST_PARTICIPANTS_FIELD,
      name: 'Request participants',
      description: 'Customers who take part in a request besides its reporter.',
      typeKey: 'com.atlassian.servicedesk:sd-request-participants',
      searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:userpickergroupsearcher',
    },
  ];
  for (const field of fields) insertCustomField(site, { ...field, valueType: null, readOnly: false });
}

/**
 * The configuration of an empty JSM site: issue types and their schemes, Jira's system statuses
 * and workflow, the project's default workflow and scheme, the default screens, and the fields
 * every JSM site has. Ids of things created later continue where Jira Cloud's would.
 */
export function seedSiteConfig(site: JiraSite): void {
  for (const [sequence, next] of [
    ['issuetype', 10003],
    ['issuetypescheme', 10002],
    ['status', 10002],
    ['customfield', 10040],
    ['fieldcontext', 10100],
    ['fieldoption', 10100],
    ['screen', 10000],
    ['screentab', 10002],
    ['screenscheme', 10000],
    ['issuetypescreenscheme', 10001],
    ['workflowscheme', 10001],
    ['requesttype', 2],
    ['requesttypegroup', 2],
  ] as const) {
    primeSequence(site.db, sequence, next);
  }
  seedIssueTypes(site);
  seedStatuses(site);
  seedWorkflows(site);
  seedScreens(site);
  seedCustomFields(site);
}
