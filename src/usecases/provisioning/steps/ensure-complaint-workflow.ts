import type { AppConfig } from '../../../domain/config/app-config.schema';
import type { FieldIds } from '../../../jira/provisioning/complaint-fields';
import { complaintWorkflow } from '../../../jira/provisioning/complaint-workflow-definition';
import type { AppIdentity } from '../../../jira/provisioning/forge-rule';
import { workflowDiffers } from '../../../jira/provisioning/workflow-difference';
import type { WorkflowSetup } from '../../../ports/setup/workflow-setup.port';
import type { ComplaintStatuses } from './ensure-complaint-statuses';
import type { ScreenIds } from './ensure-complaint-screens';
import type { RecordChange } from './record-change';

export interface WorkflowInput {
  readonly jira: WorkflowSetup;
  readonly app: AppIdentity;
  readonly config: Pick<AppConfig, 'departments' | 'groups'>;
  readonly statuses: ComplaintStatuses;
  readonly fieldIds: FieldIds;
  readonly screenIds: ScreenIds;
  readonly record: RecordChange;
}

/**
 * The complaint workflow exists as the workflow table and the configuration say. Its rules name
 * people and groups from the configuration, so a configuration change shows up here as an update.
 * Returns the workflow's id.
 */
export const ensureComplaintWorkflow = async (input: WorkflowInput): Promise<string> => {
  const statusList = Object.values(input.statuses);
  const spec = complaintWorkflow({
    app: input.app,
    appAccountId: await input.jira.appAccountId(),
    config: input.config,
    statusIds: {
      registered: input.statuses.registered.id,
      in_progress: input.statuses.in_progress.id,
      measures_done: input.statuses.measures_done.id,
      closed: input.statuses.closed.id,
    },
    fieldIds: input.fieldIds,
    screenIds: input.screenIds,
  });
  const existing = await input.jira.workflow(spec.name);
  if (existing === null) {
    const id = await input.jira.createWorkflow(spec, statusList);
    input.record({ action: 'created', entity: 'workflow', name: spec.name });
    return id;
  }
  if (workflowDiffers(input.app, spec, existing.spec)) {
    await input.jira.updateWorkflow(existing, spec, statusList);
    input.record({ action: 'updated', entity: 'workflow', name: spec.name });
  }
  return existing.id;
};
