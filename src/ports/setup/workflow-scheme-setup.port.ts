import type { RequiredStatusMappings, WorkflowSchemeById, WorkflowSchemeByName, WorkflowSchemeUpdate, WorkflowsForIssueTypes } from './setup-shapes';

/** The project's workflow scheme, switched or updated to give Complaint its workflow. One method per Jira call (or paged listing). */
export interface WorkflowSchemeSetup {
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
}
