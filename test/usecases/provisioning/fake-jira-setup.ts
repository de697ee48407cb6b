import { AppError } from '../../../src/domain/app-error';
import { extensionAri, type AppIdentity } from '../../../src/jira/provisioning/forge-rule';
import { FORGE_FIELDS } from '../../../src/jira/provisioning/complaint-fields';
import type { JiraSetup } from '../../../src/ports/setup/jira-setup';
import { APP_ACCOUNT_ID } from '../../jira/provisioning/provisioning-fixtures';
import type {
  ExistingField,
  ExistingStatus,
  ExistingWorkflow,
  FieldOption,
  NamedId,
  RequestTypeRef,
  ScreenScheme,
  SetupProject,
  WorkflowSchemeById,
  WorkflowSchemeByName,
  WorkflowSchemeUpdate,
} from '../../../src/ports/setup/setup-shapes';

export const TEST_APP: AppIdentity = { appId: 'app-1', environmentId: 'env-1' };

/** The port's methods that change Jira; every other one only reads. */
export const WRITE_METHODS = [
  'createIssueType',
  'addIssueTypeToScheme',
  'createStatuses',
  'createField',
  'createFieldContext',
  'createFieldOptions',
  'setFieldOptionsDisabled',
  'createScreen',
  'createScreenTab',
  'addScreenTabField',
  'createScreenScheme',
  'updateScreenScheme',
  'mapIssueTypeScreenScheme',
  'createWorkflow',
  'updateWorkflow',
  'createWorkflowScheme',
  'updateInactiveWorkflowScheme',
  'assignWorkflowScheme',
  'updateWorkflowScheme',
  'createRequestType',
] as const satisfies readonly (keyof JiraSetup)[];
export type WriteMethod = (typeof WRITE_METHODS)[number];

export interface FakeJiraOptions {
  /** Complaint issues that exist already, by the status they stand in. */
  readonly complaintIssuesInStatuses?: readonly string[];
  readonly serviceDesk?: boolean;
  readonly forgeFields?: boolean;
  readonly extraStatuses?: readonly ExistingStatus[];
  readonly teamManaged?: boolean;
}

/**
 * An in-memory Jira configuration that behaves as the REST API does for what Set up project
 * touches: new screens come with a default tab, option values are per context, ids are fresh.
 * It counts writes and can refuse the next call of a write method, as a Jira 500 would.
 */
export const fakeJiraSetup = (options: FakeJiraOptions = {}) => {
  let nextId = 20000;
  const id = (): string => String((nextId += 1));
  const project: { -readonly [K in keyof SetupProject]: SetupProject[K] } = { id: '10000', key: 'CMP', name: 'Customer Complaints', issueTypeIds: ['10001', '10002'], teamManaged: options.teamManaged ?? false };
  const state = {
    issueTypes: [
      { id: '10001', name: 'Task' },
      { id: '10002', name: 'Service Request' },
    ] as NamedId[],
    schemeTypes: ['10001', '10002'],
    statuses: [
      { id: '10000', name: 'To Do', category: 'TODO' },
      { id: '3', name: 'In Progress', category: 'IN_PROGRESS' },
      { id: '10001', name: 'Done', category: 'DONE' },
      ...(options.extraStatuses ?? []),
    ] as ExistingStatus[],
    fields: (options.forgeFields ?? true
      ? Object.values(FORGE_FIELDS).map((moduleKey, i) => ({ id: `customfield_1004${i}`, name: moduleKey, customType: extensionAri(TEST_APP, moduleKey) }))
      : []) as ExistingField[],
    contexts: new Map<string, NamedId[]>(),
    options: new Map<string, FieldOption[]>(),
    screens: [] as NamedId[],
    tabs: new Map<string, NamedId[]>(),
    tabFields: new Map<string, string[]>(),
    screenSchemes: [] as ScreenScheme[],
    typeScreenScheme: { id: '10000', name: 'CMP: Issue Type Screen Scheme', mappings: { default: '1' } as Record<string, string> },
    workflows: [] as ExistingWorkflow[],
    schemes: [{ id: '10000', name: 'CMP: Workflow scheme', description: '', defaultWorkflow: 'CMP: Default workflow', issueTypeMappings: {} }] as WorkflowSchemeByName[],
    projectSchemeId: '10000',
    schemeVersion: 1,
    issues: (options.complaintIssuesInStatuses ?? []).map((statusId) => ({ statusId })),
    requestTypes: [{ id: '1', name: 'General request', issueTypeId: '10002' }] as RequestTypeRef[],
    lastSchemeUpdate: null as WorkflowSchemeUpdate | null,
  };
  const writes: WriteMethod[] = [];
  const failing = new Map<WriteMethod, AppError>();

  const write = <T>(method: WriteMethod, run: () => T): Promise<T> => {
    const failure = failing.get(method);
    if (failure !== undefined) {
      failing.delete(method);
      return Promise.reject(failure);
    }
    writes.push(method);
    return Promise.resolve(run());
  };
  const read = <T>(value: T): Promise<T> => Promise.resolve(structuredClone(value));
  const scheme = (): WorkflowSchemeByName => {
    const found = state.schemes.find((s) => s.id === state.projectSchemeId);
    if (!found) throw new Error('the project has no workflow scheme');
    return found;
  };
  const workflowIdByName = (name: string): string => state.workflows.find((w) => w.spec.name === name)?.id ?? `classic:${name}`;
  const byId = (s: WorkflowSchemeByName): WorkflowSchemeById => {
    const groups = new Map<string, string[]>();
    for (const [type, name] of Object.entries(s.issueTypeMappings)) groups.set(workflowIdByName(name), [...(groups.get(workflowIdByName(name)) ?? []), type]);
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      defaultWorkflowId: workflowIdByName(s.defaultWorkflow),
      workflowsForIssueTypes: [...groups].map(([workflowId, issueTypeIds]) => ({ workflowId, issueTypeIds })),
      version: { id: `v-${s.id}`, versionNumber: state.schemeVersion },
    };
  };

  const jira: JiraSetup = {
    project: (key) => read(key === project.key ? project : null),
    projectHasIssues: () => read(state.issues.length > 0),
    issueTypes: () => read(state.issueTypes),
    createIssueType: (spec) =>
      write('createIssueType', () => {
        const made = { id: id(), name: spec.name };
        state.issueTypes.push(made);
        return made;
      }),
    issueTypeSchemeOf: () => read({ id: '10001', name: 'CMP: Issue Type Scheme', isDefault: false }),
    addIssueTypeToScheme: (_schemeId, typeId) =>
      write('addIssueTypeToScheme', () => {
        state.schemeTypes.push(typeId);
        project.issueTypeIds = [...state.schemeTypes];
      }),
    statuses: () => read(state.statuses),
    createStatuses: (specs) =>
      write('createStatuses', () => {
        const made = specs.map((s) => ({ id: id(), name: s.name, category: s.category }));
        state.statuses.push(...made);
        return made;
      }),
    fields: () => read(state.fields),
    createField: (spec) =>
      write('createField', () => {
        const made = { id: `customfield_${id()}`, name: spec.name, customType: spec.type };
        state.fields.push(made);
        return made;
      }),
    fieldContexts: (fieldId) => read(state.contexts.get(fieldId) ?? []),
    createFieldContext: (fieldId, context) =>
      write('createFieldContext', () => {
        const made = { id: id(), name: context.name };
        state.contexts.set(fieldId, [...(state.contexts.get(fieldId) ?? []), made]);
        return made;
      }),
    fieldOptions: (_fieldId, contextId) => read(state.options.get(contextId) ?? []),
    createFieldOptions: (_fieldId, contextId, values) =>
      write('createFieldOptions', () => {
        state.options.set(contextId, [...(state.options.get(contextId) ?? []), ...values.map((value) => ({ id: id(), value, disabled: false }))]);
      }),
    setFieldOptionsDisabled: (_fieldId, contextId, changes) =>
      write('setFieldOptionsDisabled', () => {
        state.options.set(
          contextId,
          (state.options.get(contextId) ?? []).map((o) => ({ ...o, disabled: changes.find((c) => c.id === o.id)?.disabled ?? o.disabled })),
        );
      }),
    screens: () => read(state.screens),
    createScreen: (spec) =>
      write('createScreen', () => {
        const made = { id: id(), name: spec.name };
        state.screens.push(made);
        // Jira creates a screen with a default tab.
        state.tabs.set(made.id, [{ id: id(), name: 'Field Tab' }]);
        return made;
      }),
    screenTabs: (screenId) => read(state.tabs.get(screenId) ?? []),
    createScreenTab: (screenId, name) =>
      write('createScreenTab', () => {
        const made = { id: id(), name };
        state.tabs.set(screenId, [...(state.tabs.get(screenId) ?? []), made]);
        return made;
      }),
    screenTabFields: (_screenId, tabId) => read(state.tabFields.get(tabId) ?? []),
    addScreenTabField: (_screenId, tabId, fieldId) =>
      write('addScreenTabField', () => {
        state.tabFields.set(tabId, [...(state.tabFields.get(tabId) ?? []), fieldId]);
      }),
    screenSchemes: () => read(state.screenSchemes),
    createScreenScheme: (spec) =>
      write('createScreenScheme', () => {
        const made = { id: id(), name: spec.name, screens: spec.screens };
        state.screenSchemes.push(made);
        return { id: made.id, name: made.name };
      }),
    updateScreenScheme: (schemeId, screens) =>
      write('updateScreenScheme', () => {
        state.screenSchemes = state.screenSchemes.map((s) => (s.id === schemeId ? { ...s, screens } : s));
      }),
    issueTypeScreenSchemeOf: () => read(state.typeScreenScheme),
    mapIssueTypeScreenScheme: (_schemeId, typeId, screenSchemeId) =>
      write('mapIssueTypeScreenScheme', () => {
        state.typeScreenScheme.mappings[typeId] = screenSchemeId;
      }),
    appAccountId: () => read(APP_ACCOUNT_ID),
    workflow: (name) => read(state.workflows.find((w) => w.spec.name === name) ?? null),
    createWorkflow: (spec) =>
      write('createWorkflow', () => {
        const made = { id: `wf-${id()}`, version: { id: 'v', versionNumber: 1 }, spec };
        state.workflows.push(made);
        return made.id;
      }),
    updateWorkflow: (existing, spec) =>
      write('updateWorkflow', () => {
        state.workflows = state.workflows.map((w) => (w.id === existing.id ? { ...w, spec, version: { id: 'v', versionNumber: w.version.versionNumber + 1 } } : w));
      }),
    workflowSchemeOf: () => read(scheme()),
    workflowSchemes: () => read(state.schemes),
    createWorkflowScheme: (spec) =>
      write('createWorkflowScheme', () => {
        const made = { ...spec, id: id() };
        state.schemes.push(made);
        return made;
      }),
    updateInactiveWorkflowScheme: (s) =>
      write('updateInactiveWorkflowScheme', () => {
        state.schemes = state.schemes.map((x) => (x.id === s.id ? s : x));
      }),
    assignWorkflowScheme: (_projectId, schemeId) =>
      write('assignWorkflowScheme', () => {
        if (state.issues.length > 0) throw new AppError('INVALID_INPUT', 'The project has issues');
        state.projectSchemeId = schemeId;
      }),
    readWorkflowScheme: () => read(byId(scheme())),
    requiredStatusMappings: (_s, wanted) => {
      const complaintType = state.issueTypes.find((t) => t.name === 'Complaint')?.id;
      const target = state.workflows.find((w) => wanted.some((m) => m.workflowId === w.id && complaintType !== undefined && m.issueTypeIds.includes(complaintType)));
      const homeless = [...new Set(state.issues.map((i) => i.statusId))].filter((s) => !(target?.spec.statusIds ?? []).includes(s));
      return read({
        byIssueType: [],
        byWorkflow:
          homeless.length === 0 || complaintType === undefined || target === undefined
            ? []
            : [{ sourceWorkflowId: workflowIdByName(scheme().defaultWorkflow), targetWorkflowId: target.id, statusIds: homeless }],
        statuses: state.statuses.filter((s) => homeless.includes(s.id)),
      });
    },
    updateWorkflowScheme: (update) =>
      write('updateWorkflowScheme', () => {
        state.lastSchemeUpdate = update;
        const names = new Map(state.workflows.map((w) => [w.id, w.spec.name]));
        const mappings: Record<string, string> = {};
        for (const w of update.workflowsForIssueTypes) for (const t of w.issueTypeIds) mappings[t] = names.get(w.workflowId) ?? w.workflowId.replace(/^classic:/, '');
        state.schemes = state.schemes.map((s) => (s.id === update.scheme.id ? { ...s, issueTypeMappings: mappings } : s));
        state.schemeVersion += 1;
      }),
    serviceDeskOf: () => read(options.serviceDesk ?? true ? '1' : null),
    requestTypes: () => read(state.requestTypes),
    createRequestType: (_deskId, spec) =>
      write('createRequestType', () => {
        const made = { id: id(), name: spec.name, issueTypeId: spec.issueTypeId, groupIds: [] };
        state.requestTypes.push(made);
        return made;
      }),
  };

  return {
    jira,
    state,
    project,
    writes,
    /** The next call of this write method fails, once. */
    /** Refuses the next call of a write method, as Jira's 500 would, or with the error given. */
    failNext: (method: WriteMethod, error = new AppError('JIRA_ERROR', `Jira answered 500 to ${method}`)) => failing.set(method, error),
  };
};
