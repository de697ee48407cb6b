import type { WorkflowSpec } from '../../jira/provisioning/complaint-workflow-definition';
import type { ExistingStatus, ExistingWorkflow } from './setup-shapes';

/** The complaint workflow. One method per Jira call (or paged listing). */
export interface WorkflowSetup {
  /** `GET /myself` as the app: the app's own account, which the workflow lets take the transitions it takes for customers. */
  appAccountId(): Promise<string>;
  /** `GET /workflows/search` with transitions, by exact name; null if there is none. */
  workflow(name: string): Promise<ExistingWorkflow | null>;
  /** `POST /workflows/create/validation`, then `POST /workflows/create`; the new workflow's id. */
  createWorkflow(spec: WorkflowSpec, statuses: readonly ExistingStatus[]): Promise<string>;
  /** `POST /workflows/update/validation`, then `POST /workflows/update`. */
  updateWorkflow(existing: ExistingWorkflow, spec: WorkflowSpec, statuses: readonly ExistingStatus[]): Promise<void>;
}
