import type { StatusCategory } from '../../jira/provisioning/complaint-statuses';
import type { WorkflowSpec } from '../../jira/provisioning/complaint-workflow-definition';

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
  /** A team-managed project keeps its own issue types, fields and workflows, which no scheme reaches. */
  readonly teamManaged: boolean;
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
  /** The portal groups it is in; none hides it from the portal. */
  readonly groupIds: readonly string[];
}
