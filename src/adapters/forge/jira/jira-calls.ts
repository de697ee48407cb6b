import type { CloudClient, ServiceDeskClient } from 'jira.js';
import type { Client, SendRequestOptions } from 'jira.js/core';

/**
 * The jira.js calls the app makes, built here instead of by jira.js's clients. jira.js validates
 * every answer with zod schemas that import zod as a whole (its locales included), which made the
 * backend bundle three times its budget (design.md section 12); the app reads Jira's JSON through
 * its own parsers anyway. Each call sends exactly the request jira.js's function of the same name
 * sends (a test compares them), through the same transport, without a schema.
 */
export interface CloudCalls {
  readonly issues: Pick<CloudClient['issues'], 'getIssue' | 'assignIssue' | 'editIssue' | 'createIssue' | 'getBulkChangelogs' | 'getTransitions' | 'doTransition' | 'notify'>;
  readonly issueCustomFieldValuesApps: Pick<CloudClient['issueCustomFieldValuesApps'], 'updateMultipleCustomFieldValues'>;
  readonly issueLinks: Pick<CloudClient['issueLinks'], 'linkIssues'>;
  readonly issueSearch: Pick<CloudClient['issueSearch'], 'searchAndReconsileIssuesUsingJql' | 'searchAndReconsileIssuesUsingJqlPost'>;
  readonly myself: Pick<CloudClient['myself'], 'getCurrentUser'>;
  readonly permissions: Pick<CloudClient['permissions'], 'getMyPermissions'>;
  readonly users: Pick<CloudClient['users'], 'getUser'>;
  readonly projects: Pick<CloudClient['projects'], 'getProject'>;
  readonly issueFields: Pick<CloudClient['issueFields'], 'getFields' | 'createCustomField'>;
  readonly issueCustomFieldContexts: Pick<CloudClient['issueCustomFieldContexts'], 'getContextsForField' | 'createCustomFieldContext'>;
  readonly issueCustomFieldOptions: Pick<CloudClient['issueCustomFieldOptions'], 'getOptionsForContext' | 'createCustomFieldOption' | 'updateCustomFieldOption'>;
  readonly issueTypes: Pick<CloudClient['issueTypes'], 'getIssueAllTypes' | 'createIssueType'>;
  readonly issueTypeSchemes: Pick<CloudClient['issueTypeSchemes'], 'getIssueTypeSchemeForProjects' | 'addIssueTypesToIssueTypeScheme'>;
  readonly issueTypeScreenSchemes: Pick<
    CloudClient['issueTypeScreenSchemes'],
    | 'getIssueTypeScreenSchemeProjectAssociations'
    | 'getIssueTypeScreenSchemeMappings'
    | 'appendMappingsForIssueTypeScreenScheme'
    | 'removeMappingsFromIssueTypeScreenScheme'
  >;
  readonly screens: Pick<CloudClient['screens'], 'getScreens'>;
  readonly screenTabs: Pick<CloudClient['screenTabs'], 'getAllScreenTabs' | 'addScreenTab'>;
  readonly screenTabFields: Pick<CloudClient['screenTabFields'], 'getAllScreenTabFields' | 'addScreenTabField'>;
  readonly screenSchemes: Pick<CloudClient['screenSchemes'], 'getScreenSchemes' | 'createScreenScheme' | 'updateScreenScheme'>;
  readonly status: Pick<CloudClient['status'], 'search' | 'createStatuses'>;
  readonly tasks: Pick<CloudClient['tasks'], 'getTask'>;
  readonly workflows: Pick<CloudClient['workflows'], 'searchWorkflows' | 'createWorkflows' | 'updateWorkflows' | 'validateCreateWorkflows' | 'validateUpdateWorkflows'>;
  readonly workflowSchemes: Pick<
    CloudClient['workflowSchemes'],
    'getAllWorkflowSchemes' | 'readWorkflowSchemes' | 'createWorkflowScheme' | 'updateWorkflowScheme' | 'updateSchemes' | 'getRequiredWorkflowSchemeMappings'
  >;
  readonly workflowSchemeProjectAssociations: Pick<CloudClient['workflowSchemeProjectAssociations'], 'getWorkflowSchemeProjectAssociations' | 'assignSchemeToProject'>;
}

export interface ServiceDeskCalls {
  readonly servicedesk: Pick<ServiceDeskClient['servicedesk'], 'getServiceDesks' | 'getRequestTypes'>;
  readonly request: Pick<ServiceDeskClient['request'], 'getCustomerRequestByIdOrKey' | 'getRequestParticipants'>;
}

type Params = Readonly<Record<string, unknown>>;
type Method = NonNullable<SendRequestOptions['method']>;

/** One call as jira.js writes it: its URL from the parameters, and which parameters go to the query and to the body. */
interface CallSpec {
  readonly method: Method;
  readonly url: (p: Params) => string;
  readonly query?: readonly string[];
  /** The body's keys, or 'body' where jira.js sends the `body` parameter as it is. */
  readonly body?: readonly string[] | 'body';
}

const pick = (p: Params, keys: readonly string[]): Record<string, unknown> => Object.fromEntries(keys.map((key) => [key, p[key]]));

const requestOf = (spec: CallSpec, p: Params): SendRequestOptions => ({
  url: spec.url(p),
  method: spec.method,
  ...(spec.query === undefined ? {} : { searchParams: pick(p, spec.query) }),
  ...(spec.body === undefined ? {} : { body: spec.body === 'body' ? p.body : pick(p, spec.body) }),
});

const at = (path: string) => () => path;
const seg = (value: unknown): string => String(value);
const PAGE = ['startAt', 'maxResults'];
const ISSUE_WRITE = ['fields', 'historyMetadata', 'properties', 'transition', 'update'];
const USER_FIELDS = [
  'accountId', 'accountType', 'active', 'appType', 'applicationRoles', 'avatarUrls', 'displayName',
  'emailAddress', 'expand', 'groups', 'guest', 'locale', 'self', 'timeZone',
];
const fieldContext = (p: Params) => `/rest/api/3/field/${seg(p.fieldId)}/context`;
const contextOptions = (p: Params) => `${fieldContext(p)}/${seg(p.contextId)}/option`;
const issue = (p: Params) => `/rest/api/3/issue/${seg(p.issueIdOrKey)}`;
const screenTabs = (p: Params) => `/rest/api/3/screens/${seg(p.screenId)}/tabs`;
const workflowValidation = ['payload', 'validationOptions'];

const CLOUD = {
  issues: {
    getIssue: { method: 'GET', url: issue, query: ['fields', 'fieldsByKeys', 'expand', 'properties', 'updateHistory', 'failFast'] },
    assignIssue: { method: 'PUT', url: (p) => `${issue(p)}/assignee`, body: USER_FIELDS },
    editIssue: {
      method: 'PUT',
      url: issue,
      query: ['notifyUsers', 'overrideScreenSecurity', 'overrideEditableFlag', 'returnIssue', 'expand'],
      body: ISSUE_WRITE,
    },
    createIssue: { method: 'POST', url: at('/rest/api/3/issue'), query: ['updateHistory'], body: ISSUE_WRITE },
    getBulkChangelogs: { method: 'POST', url: at('/rest/api/3/changelog/bulkfetch'), body: ['fieldIds', 'issueIdsOrKeys', 'maxResults', 'nextPageToken'] },
    getTransitions: {
      method: 'GET',
      url: (p) => `${issue(p)}/transitions`,
      query: ['expand', 'transitionId', 'skipRemoteOnlyCondition', 'includeUnavailableTransitions', 'sortByOpsBarAndStatus'],
    },
    doTransition: { method: 'POST', url: (p) => `${issue(p)}/transitions`, body: ISSUE_WRITE },
    notify: { method: 'POST', url: (p) => `${issue(p)}/notify`, body: ['htmlBody', 'restrict', 'subject', 'textBody', 'to'] },
  },
  issueCustomFieldValuesApps: {
    updateMultipleCustomFieldValues: { method: 'POST', url: at('/rest/api/3/app/field/value'), query: ['generateChangelog', 'generateAppEvents'], body: ['updates'] },
  },
  issueLinks: { linkIssues: { method: 'POST', url: at('/rest/api/3/issueLink'), body: ['comment', 'inwardIssue', 'outwardIssue', 'type'] } },
  issueSearch: {
    searchAndReconsileIssuesUsingJql: {
      method: 'GET',
      url: at('/rest/api/3/search/jql'),
      query: ['jql', 'nextPageToken', 'maxResults', 'fields', 'expand', 'properties', 'fieldsByKeys', 'failFast', 'reconcileIssues'],
    },
    searchAndReconsileIssuesUsingJqlPost: {
      method: 'POST',
      url: at('/rest/api/3/search/jql'),
      body: ['expand', 'fields', 'fieldsByKeys', 'jql', 'maxResults', 'nextPageToken', 'properties', 'reconcileIssues'],
    },
  },
  myself: { getCurrentUser: { method: 'GET', url: at('/rest/api/3/myself'), query: ['expand'] } },
  permissions: {
    getMyPermissions: {
      method: 'GET',
      url: at('/rest/api/3/mypermissions'),
      query: ['projectKey', 'projectId', 'issueKey', 'issueId', 'permissions', 'projectUuid', 'projectConfigurationUuid', 'commentId'],
    },
  },
  users: { getUser: { method: 'GET', url: at('/rest/api/3/user'), query: ['accountId', 'expand'] } },
  projects: { getProject: { method: 'GET', url: (p) => `/rest/api/3/project/${seg(p.projectIdOrKey)}`, query: ['expand', 'properties'] } },
  issueFields: {
    getFields: { method: 'GET', url: at('/rest/api/3/field') },
    createCustomField: { method: 'POST', url: at('/rest/api/3/field'), body: ['description', 'name', 'searcherKey', 'type'] },
  },
  issueCustomFieldContexts: {
    getContextsForField: { method: 'GET', url: fieldContext, query: ['isAnyIssueType', 'isGlobalContext', 'contextId', ...PAGE] },
    createCustomFieldContext: { method: 'POST', url: fieldContext, body: ['description', 'id', 'issueTypeIds', 'name', 'projectIds'] },
  },
  issueCustomFieldOptions: {
    getOptionsForContext: { method: 'GET', url: contextOptions, query: ['optionId', 'onlyOptions', ...PAGE] },
    createCustomFieldOption: { method: 'POST', url: contextOptions, body: ['options'] },
    updateCustomFieldOption: { method: 'PUT', url: contextOptions, body: ['options'] },
  },
  issueTypes: {
    getIssueAllTypes: { method: 'GET', url: at('/rest/api/3/issuetype') },
    createIssueType: { method: 'POST', url: at('/rest/api/3/issuetype'), body: ['description', 'hierarchyLevel', 'name'] },
  },
  issueTypeSchemes: {
    getIssueTypeSchemeForProjects: { method: 'GET', url: at('/rest/api/3/issuetypescheme/project'), query: [...PAGE, 'projectId'] },
    addIssueTypesToIssueTypeScheme: {
      method: 'PUT',
      url: (p) => `/rest/api/3/issuetypescheme/${seg(p.issueTypeSchemeId)}/issuetype`,
      body: ['issueTypeIds'],
    },
  },
  issueTypeScreenSchemes: {
    getIssueTypeScreenSchemeProjectAssociations: { method: 'GET', url: at('/rest/api/3/issuetypescreenscheme/project'), query: [...PAGE, 'projectId'] },
    getIssueTypeScreenSchemeMappings: { method: 'GET', url: at('/rest/api/3/issuetypescreenscheme/mapping'), query: [...PAGE, 'issueTypeScreenSchemeId'] },
    appendMappingsForIssueTypeScreenScheme: {
      method: 'PUT',
      url: (p) => `/rest/api/3/issuetypescreenscheme/${seg(p.issueTypeScreenSchemeId)}/mapping`,
      body: ['issueTypeMappings'],
    },
    removeMappingsFromIssueTypeScreenScheme: {
      method: 'POST',
      url: (p) => `/rest/api/3/issuetypescreenscheme/${seg(p.issueTypeScreenSchemeId)}/mapping/remove`,
      body: ['issueTypeIds'],
    },
  },
  screens: { getScreens: { method: 'GET', url: at('/rest/api/3/screens'), query: [...PAGE, 'id', 'queryString', 'scope', 'orderBy'] } },
  screenTabs: {
    getAllScreenTabs: { method: 'GET', url: screenTabs, query: ['projectKey'] },
    addScreenTab: { method: 'POST', url: screenTabs, body: ['id', 'name'] },
  },
  screenTabFields: {
    getAllScreenTabFields: { method: 'GET', url: (p) => `${screenTabs(p)}/${seg(p.tabId)}/fields`, query: ['projectKey'] },
    addScreenTabField: { method: 'POST', url: (p) => `${screenTabs(p)}/${seg(p.tabId)}/fields`, query: ['skipFieldAssociation'], body: ['fieldId'] },
  },
  screenSchemes: {
    getScreenSchemes: { method: 'GET', url: at('/rest/api/3/screenscheme'), query: [...PAGE, 'id', 'expand', 'queryString', 'orderBy'] },
    createScreenScheme: { method: 'POST', url: at('/rest/api/3/screenscheme'), body: ['description', 'name', 'screens'] },
    updateScreenScheme: { method: 'PUT', url: (p) => `/rest/api/3/screenscheme/${seg(p.screenSchemeId)}`, body: ['description', 'name', 'screens'] },
  },
  status: {
    search: {
      method: 'GET',
      url: at('/rest/api/3/statuses/search'),
      query: ['projectId', ...PAGE, 'searchString', 'statusCategory', 'includeGlobalStatuses'],
    },
    createStatuses: { method: 'POST', url: at('/rest/api/3/statuses'), body: ['scope', 'statuses'] },
  },
  tasks: { getTask: { method: 'GET', url: (p) => `/rest/api/3/task/${seg(p.taskId)}` } },
  workflows: {
    searchWorkflows: {
      method: 'GET',
      url: at('/rest/api/3/workflows/search'),
      query: [...PAGE, 'expand', 'queryString', 'orderBy', 'scope', 'isActive', 'projectId'],
    },
    createWorkflows: { method: 'POST', url: at('/rest/api/3/workflows/create'), body: ['scope', 'statuses', 'workflows'] },
    updateWorkflows: { method: 'POST', url: at('/rest/api/3/workflows/update'), body: ['statuses', 'workflows'] },
    validateCreateWorkflows: { method: 'POST', url: at('/rest/api/3/workflows/create/validation'), body: workflowValidation },
    validateUpdateWorkflows: { method: 'POST', url: at('/rest/api/3/workflows/update/validation'), body: workflowValidation },
  },
  workflowSchemes: {
    getAllWorkflowSchemes: { method: 'GET', url: at('/rest/api/3/workflowscheme'), query: PAGE },
    readWorkflowSchemes: { method: 'POST', url: at('/rest/api/3/workflowscheme/read'), body: ['projectIds', 'workflowSchemeIds'] },
    createWorkflowScheme: {
      method: 'POST',
      url: at('/rest/api/3/workflowscheme'),
      body: [
        'defaultWorkflow', 'description', 'draft', 'id', 'issueTypeMappings', 'issueTypes', 'lastModified',
        'lastModifiedUser', 'name', 'originalDefaultWorkflow', 'originalIssueTypeMappings', 'self', 'updateDraftIfNeeded',
      ],
    },
    updateWorkflowScheme: { method: 'PUT', url: (p) => `/rest/api/3/workflowscheme/${seg(p.id)}`, body: 'body' },
    updateSchemes: {
      method: 'POST',
      url: at('/rest/api/3/workflowscheme/update'),
      body: [
        'defaultWorkflowId', 'description', 'id', 'name', 'statusMappingsByIssueTypeOverride',
        'statusMappingsByWorkflows', 'version', 'workflowsForIssueTypes',
      ],
    },
    getRequiredWorkflowSchemeMappings: {
      method: 'POST',
      url: at('/rest/api/3/workflowscheme/update/mappings'),
      body: ['defaultWorkflowId', 'id', 'workflowsForIssueTypes'],
    },
  },
  workflowSchemeProjectAssociations: {
    getWorkflowSchemeProjectAssociations: { method: 'GET', url: at('/rest/api/3/workflowscheme/project'), query: ['projectId'] },
    assignSchemeToProject: { method: 'PUT', url: at('/rest/api/3/workflowscheme/project'), body: ['projectId', 'workflowSchemeId'] },
  },
} satisfies { readonly [G in keyof CloudCalls]: Record<keyof CloudCalls[G], CallSpec> };

const SERVICE_DESK = {
  servicedesk: {
    getServiceDesks: { method: 'GET', url: at('/rest/servicedeskapi/servicedesk'), query: ['start', 'limit'] },
    getRequestTypes: {
      method: 'GET',
      url: (p) => `/rest/servicedeskapi/servicedesk/${seg(p.serviceDeskId)}/requesttype`,
      query: ['groupId', 'expand', 'searchQuery', 'start', 'limit', 'includeHiddenRequestTypesInSearch', 'restrictionStatus'],
    },
  },
  request: {
    getCustomerRequestByIdOrKey: { method: 'GET', url: (p) => `/rest/servicedeskapi/request/${seg(p.issueIdOrKey)}`, query: ['expand'] },
    getRequestParticipants: { method: 'GET', url: (p) => `/rest/servicedeskapi/request/${seg(p.issueIdOrKey)}/participant`, query: ['start', 'limit'] },
  },
} satisfies { readonly [G in keyof ServiceDeskCalls]: Record<keyof ServiceDeskCalls[G], CallSpec> };

/** The calls of `specs`, each sending its request through `transport`. */
const callsOf = (transport: Client, specs: Readonly<Record<string, Readonly<Record<string, CallSpec>>>>) =>
  Object.fromEntries(
    Object.entries(specs).map(([group, calls]) => [
      group,
      Object.fromEntries(Object.entries(calls).map(([name, spec]) => [name, (p: Params = {}) => transport.sendRequest(requestOf(spec, p))])),
    ]),
  );

/** The app's Jira platform calls (REST v3) over a transport. The table's types are checked above; the cast only joins them. */
export const createCloudCalls = (transport: Client): CloudCalls => callsOf(transport, CLOUD) as unknown as CloudCalls;

/** The app's Service Management calls (`/rest/servicedeskapi`) over a transport. */
export const createServiceDeskCalls = (transport: Client): ServiceDeskCalls => callsOf(transport, SERVICE_DESK) as unknown as ServiceDeskCalls;
