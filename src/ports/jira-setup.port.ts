import type { FieldSpec } from '../jira/provisioning/complaint-fields';
import type { StatusCategory, StatusSpec } from '../jira/provisioning/complaint-statuses';
import type { WorkflowSpec } from '../jira/provisioning/complaint-workflow-definition';

/*
 * What Set up project needs of Jira's configuration REST API. Each method is one Jira call (or
 * one paged listing); reads come first in every step, so a rerun on a complete setup only reads.
 * The adapter runs as the app, which holds Administer Jira through its scopes; the resolver has
 * checked the admin's own permission before.
 */

export interface NamedId {
  readonly id: string;
  readonly name: string;
}

export interface SetupProject extends NamedId {
  readonly key: string;
  /** The issue types the project offers now. */
  readonly issueTypeIds: readonly string[];
}

export interface IssueTypeScheme extends NamedId {
  /** Jira's default scheme holds every issue type and cannot be edited. */
  readonly isDefault: boolean;
}

export interface ExistingStatus extends NamedId {
  readonly category: StatusCategory;
}

export interface ExistingField extends NamedId {
  /** The custom field type key (`com.atlassian…:select`, or a Forge field's extension ARI); null for system fields. */
  readonly customType: string | null;
}

export interface FieldOption {
  readonly id: string;
  readonly value: string;
  readonly disabled: boolean;
}

export interface ScreenScheme extends NamedId {
  /** Screen id per operation: `default`, `create`, `view`, `edit`. */
  readonly screens: Readonly<Partial<Record<'default' | 'create' | 'view' | 'edit', string>>>;
}

export interface IssueTypeScreenScheme extends NamedId {
  /** Issue type id (or `default`) → screen scheme id. */
  readonly mappings: Readonly<Record<string, string>>;
}

export interface ExistingWorkflow {
  readonly id: string;
  /** What `/workflows/update` needs to accept a change. */
  readonly version: { readonly id: string; readonly versionNumber: number };
  readonly spec: WorkflowSpec;
}

/** A workflow scheme as the classic endpoints show it: workflows by name. */
export interface WorkflowSchemeByName extends NamedId {
  readonly description: string;
  readonly defaultWorkflow: string;
  /** Issue type id → workflow name. */
  readonly issueTypeMappings: Readonly<Record<string, string>>;
}

export interface WorkflowsForIssueTypes {
  readonly workflowId: string;
  readonly issueTypeIds: readonly string[];
}

/** A workflow scheme as `/workflowscheme/read` shows it: workflows by id, with the version an update needs. */
export interface WorkflowSchemeById extends NamedId {
  readonly description: string;
  readonly defaultWorkflowId: string;
  readonly workflowsForIssueTypes: readonly WorkflowsForIssueTypes[];
  readonly version: { readonly id: string; readonly versionNumber: number };
}

/** The statuses that issues stand in today and that the new mapping leaves without a home. */
export interface RequiredStatusMappings {
  readonly byIssueType: readonly { readonly issueTypeId: string; readonly statusIds: readonly string[] }[];
  readonly byWorkflow: readonly { readonly sourceWorkflowId: string; readonly targetWorkflowId: string; readonly statusIds: readonly string[] }[];
  readonly statuses: readonly ExistingStatus[];
}

export interface StatusMapping {
  readonly oldStatusId: string;
  readonly newStatusId: string;
}

export interface WorkflowSchemeUpdate {
  readonly scheme: WorkflowSchemeById;
  readonly workflowsForIssueTypes: readonly WorkflowsForIssueTypes[];
  readonly byIssueType: readonly { readonly issueTypeId: string; readonly statusMappings: readonly StatusMapping[] }[];
  readonly byWorkflow: readonly { readonly oldWorkflowId: string; readonly newWorkflowId: string; readonly statusMappings: readonly StatusMapping[] }[];
}

export interface RequestTypeRef extends NamedId {
  readonly issueTypeId: string;
}

export interface JiraSetupPort {
  /** `GET /project/{key}`; null if there is no such project. */
  project(projectKey: string): Promise<SetupProject | null>;
  /** `GET /search/jql` for one issue of the project. */
  projectHasIssues(projectKey: string): Promise<boolean>;

  /** `GET /issuetype`. */
  issueTypes(): Promise<NamedId[]>;
  /** `POST /issuetype`. */
  createIssueType(spec: { name: string; description: string; hierarchyLevel: number }): Promise<NamedId>;
  /** `GET /issuetypescheme/project`. */
  issueTypeSchemeOf(projectId: string): Promise<IssueTypeScheme>;
  /** `PUT /issuetypescheme/{id}/issuetype`. */
  addIssueTypeToScheme(schemeId: string, issueTypeId: string): Promise<void>;

  /** `GET /statuses/search`, global statuses only, every page. */
  statuses(): Promise<ExistingStatus[]>;
  /** `POST /statuses`, global scope. */
  createStatuses(specs: readonly StatusSpec[]): Promise<ExistingStatus[]>;

  /** `GET /field`. */
  fields(): Promise<ExistingField[]>;
  /** `POST /field`. */
  createField(spec: FieldSpec): Promise<ExistingField>;
  /** `GET /field/{id}/context`, every page. */
  fieldContexts(fieldId: string): Promise<NamedId[]>;
  /** `POST /field/{id}/context`, scoped to the projects and issue types given. */
  createFieldContext(fieldId: string, context: { name: string; description: string; projectIds: readonly string[]; issueTypeIds: readonly string[] }): Promise<NamedId>;
  /** `GET /field/{id}/context/{contextId}/option`, every page. */
  fieldOptions(fieldId: string, contextId: string): Promise<FieldOption[]>;
  /** `POST /field/{id}/context/{contextId}/option`. */
  createFieldOptions(fieldId: string, contextId: string, values: readonly string[]): Promise<void>;
  /** `PUT /field/{id}/context/{contextId}/option`. */
  setFieldOptionsDisabled(fieldId: string, contextId: string, options: readonly { id: string; disabled: boolean }[]): Promise<void>;

  /** `GET /screens`, every page. */
  screens(): Promise<NamedId[]>;
  /** `POST /screens`. */
  createScreen(spec: { name: string; description: string }): Promise<NamedId>;
  /** `GET /screens/{id}/tabs`. */
  screenTabs(screenId: string): Promise<NamedId[]>;
  /** `POST /screens/{id}/tabs`. */
  createScreenTab(screenId: string, name: string): Promise<NamedId>;
  /** `GET /screens/{id}/tabs/{tabId}/fields`: the field ids. */
  screenTabFields(screenId: string, tabId: string): Promise<string[]>;
  /** `POST /screens/{id}/tabs/{tabId}/fields`. */
  addScreenTabField(screenId: string, tabId: string, fieldId: string): Promise<void>;
  /** `GET /screenscheme`, every page. */
  screenSchemes(): Promise<ScreenScheme[]>;
  /** `POST /screenscheme`. */
  createScreenScheme(spec: { name: string; description: string; screens: ScreenScheme['screens'] }): Promise<NamedId>;
  /** `PUT /screenscheme/{id}`. */
  updateScreenScheme(id: string, screens: ScreenScheme['screens']): Promise<void>;
  /** `GET /issuetypescreenscheme/project` and its `/mapping`; null if Jira names none for the project. */
  issueTypeScreenSchemeOf(projectId: string): Promise<IssueTypeScreenScheme | null>;
  /** `POST …/mapping/remove` if the type is mapped elsewhere, then `PUT /issuetypescreenscheme/{id}/mapping`. */
  mapIssueTypeScreenScheme(schemeId: string, issueTypeId: string, screenSchemeId: string, replacing: boolean): Promise<void>;

  /** `GET /workflows/search` with transitions, by exact name; null if there is none. */
  workflow(name: string): Promise<ExistingWorkflow | null>;
  /** `POST /workflows/create/validation`, then `POST /workflows/create`; the new workflow's id. */
  createWorkflow(spec: WorkflowSpec, statuses: readonly ExistingStatus[]): Promise<string>;
  /** `POST /workflows/update/validation`, then `POST /workflows/update`. */
  updateWorkflow(existing: ExistingWorkflow, spec: WorkflowSpec, statuses: readonly ExistingStatus[]): Promise<void>;

  /** `GET /workflowscheme/project`: the scheme the project uses. */
  workflowSchemeOf(projectId: string): Promise<WorkflowSchemeByName>;
  /** `GET /workflowscheme`, every page. */
  workflowSchemes(): Promise<WorkflowSchemeByName[]>;
  /** `POST /workflowscheme`. */
  createWorkflowScheme(spec: Omit<WorkflowSchemeByName, 'id'>): Promise<WorkflowSchemeByName>;
  /** `PUT /workflowscheme/{id}`, for a scheme no project uses yet. */
  updateInactiveWorkflowScheme(scheme: WorkflowSchemeByName): Promise<void>;
  /** `PUT /workflowscheme/project`: only Jira allows it for a project without issues. */
  assignWorkflowScheme(projectId: string, schemeId: string): Promise<void>;
  /** `POST /workflowscheme/read` for the project's scheme. */
  readWorkflowScheme(projectId: string): Promise<WorkflowSchemeById>;
  /** `POST /workflowscheme/update/mappings`. */
  requiredStatusMappings(scheme: WorkflowSchemeById, workflowsForIssueTypes: readonly WorkflowsForIssueTypes[]): Promise<RequiredStatusMappings>;
  /** `POST /workflowscheme/update`: changes a scheme in use; Jira moves the issues' statuses as mapped. */
  updateWorkflowScheme(update: WorkflowSchemeUpdate): Promise<void>;

  /** `GET /servicedeskapi/servicedesk`: the project's service desk id, or null if it is not a service project. */
  serviceDeskOf(projectId: string): Promise<string | null>;
  /** `GET /servicedeskapi/servicedesk/{id}/requesttype`, every page. */
  requestTypes(serviceDeskId: string): Promise<RequestTypeRef[]>;
  /** `POST /servicedeskapi/servicedesk/{id}/requesttype`. */
  createRequestType(serviceDeskId: string, spec: { issueTypeId: string; name: string; description: string; helpText: string }): Promise<RequestTypeRef>;
}
