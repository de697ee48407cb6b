import { AppError, isAppError } from '../../domain/app-error';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { AppIdentity } from '../../jira/provisioning/forge-rule';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import { outcomeOf, type SetupChange, type SetupReport, type SetupStepId, type StepReport } from '../../domain/setup/setup-report';
import type { Clock } from '../../ports/clock.port';
import type { JiraSetupPort } from '../../ports/jira-setup.port';
import { ensureComplaintFields } from './steps/ensure-complaint-fields';
import { ensureComplaintIssueType } from './steps/ensure-complaint-issue-type';
import { ensureComplaintScreens } from './steps/ensure-complaint-screens';
import { ensureComplaintStatuses } from './steps/ensure-complaint-statuses';
import { ensureComplaintWorkflow } from './steps/ensure-complaint-workflow';
import { ensureRequestType } from './steps/ensure-request-type';
import { ensureWorkflowScheme } from './steps/ensure-workflow-scheme';
import type { RecordChange } from './steps/record-change';

export interface SetUpProjectInput {
  readonly jira: JiraSetupPort;
  readonly projectKey: string;
  readonly config: AppConfig;
  /** The installed app, whose rule modules the workflow's rules name. */
  readonly app: AppIdentity;
  readonly clock: Clock;
  /** Called with the report so far after each step, so an admin can watch the run. */
  readonly report: (report: SetupReport) => Promise<void>;
  /** Called once the statuses and fields exist, with their ids, which the runtime reads events by. */
  readonly bind: (binding: ProjectBinding) => Promise<void>;
}

/** Ends the run at the first failed step; the report already says why. */
class StepFailed extends Error {}

const reasonOf = (error: unknown): string => {
  if (isAppError(error)) return error.message;
  console.error('Set up project: unexpected failure', error);
  return 'An unexpected error happened in the app.';
};

/**
 * Set up project (design.md section 8): provisions everything the complaint process needs in the
 * project, one idempotent step after another. Each step reads what Jira has, then creates or
 * changes only the difference, so a rerun on a complete setup writes nothing and a rerun after a
 * failure finishes the job. The run stops at the first failed step.
 * @throws AppError NOT_FOUND when there is no such project.
 */
export const setUpProject = async (input: SetUpProjectInput): Promise<SetupReport> => {
  const { jira, config, app } = input;
  const startedAt = input.clock.now();
  const steps: StepReport[] = [];
  const snapshot = (finished: boolean): SetupReport => ({
    projectKey: input.projectKey,
    startedAt,
    finishedAt: finished ? input.clock.now() : null,
    steps: [...steps],
  });

  const step = async <T>(id: SetupStepId, body: (record: RecordChange) => Promise<T>): Promise<T> => {
    const changes: SetupChange[] = [];
    let value: T;
    try {
      value = await body((change) => changes.push(change));
    } catch (error) {
      steps.push({ step: id, outcome: 'failed', changes, reason: reasonOf(error) });
      throw new StepFailed(id, { cause: error });
    }
    steps.push({ step: id, outcome: outcomeOf(changes), changes });
    await input.report(snapshot(false));
    return value;
  };

  const project = await jira.project(input.projectKey);
  if (project === null) throw new AppError('NOT_FOUND', `There is no project ${input.projectKey}, or the app cannot see it.`);
  try {
    const complaintTypeId = await step('issue-type', (record) => ensureComplaintIssueType(jira, project, record));
    const statuses = await step('statuses', (record) => ensureComplaintStatuses(jira, record));
    const fieldIds = await step('fields', (record) => ensureComplaintFields({ jira, project, complaintTypeId, config, app, record }));
    await input.bind({
      projectKey: project.key,
      issueTypeId: complaintTypeId,
      statusIds: { registered: statuses.registered.id, in_progress: statuses.in_progress.id, measures_done: statuses.measures_done.id, closed: statuses.closed.id },
      fieldIds,
    });
    const screenIds = await step('screens', (record) => ensureComplaintScreens({ jira, project, complaintTypeId, fieldIds, record }));
    const workflowId = await step('workflow', (record) => ensureComplaintWorkflow({ jira, app, config, statuses, fieldIds, screenIds, record }));
    await step('workflow-scheme', (record) => ensureWorkflowScheme({ jira, project, complaintTypeId, workflowId, statuses, record }));
    await step('request-type', (record) => ensureRequestType(jira, project, complaintTypeId, record));
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
  }
  const final = snapshot(true);
  await input.report(final);
  return final;
};
