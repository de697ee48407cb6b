import { isAppError } from '../../domain/app-error';
import type { AppIdentity } from '../../jira/provisioning/forge-rule';
import { outcomeOf, type ManualStep, type SetupChange, type SetupReport, type SetupStepId, type StepReport } from '../../domain/setup/setup-report';
import type { Clock } from '../../ports/clock.port';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { JiraSetup } from '../../ports/setup/jira-setup';
import type { SetupProject } from '../../ports/setup/setup-shapes';
import type { SetupReportRepository } from '../../ports/setup-report.port';
import { ensureComplaintFields } from './steps/ensure-complaint-fields';
import { ensureComplaintIssueType } from './steps/ensure-complaint-issue-type';
import { ensureComplaintScreens } from './steps/ensure-complaint-screens';
import { ensureComplaintStatuses } from './steps/ensure-complaint-statuses';
import { ensureComplaintWorkflow } from './steps/ensure-complaint-workflow';
import { ensureRequestType } from './steps/ensure-request-type';
import { ensureWorkflowScheme } from './steps/ensure-workflow-scheme';
import type { RecordChange, RecordManual } from './steps/record-change';

export interface SetUpProjectDeps {
  readonly jira: JiraSetup;
  readonly configs: Pick<AppConfigRepository, 'load'>;
  /** The installed app, whose rule modules the workflow's rules name. */
  readonly app: AppIdentity;
  readonly clock: Clock;
  /** Take the report so far after each step, so an admin can watch the run. */
  readonly reports: Pick<SetupReportRepository, 'save'>;
  /** Takes the statuses' and fields' ids once they exist, which the runtime reads events by. */
  readonly bindings: Pick<ProjectBindingRepository, 'save'>;
}

/** Ends the run at the first failed step; the report already says why. */
class StepFailed extends Error {}

const reasonOf = (error: unknown): string => {
  if (isAppError(error)) return error.message;
  console.error('Set up project: unexpected failure', error);
  return 'An unexpected error happened in the app.';
};

/** Thrown, with its reason, when the run cannot start on this project at all. */
class RunRefused extends Error {}

/** The project to set up, or RunRefused when there is none the app can set up. */
const projectToSetUp = async (jira: JiraSetup, projectKey: string): Promise<SetupProject> => {
  const project = await jira.project(projectKey);
  if (project === null) throw new RunRefused(`There is no project ${projectKey}, or the app cannot see it.`);
  if (project.teamManaged) {
    throw new RunRefused(
      `Project ${projectKey} is team-managed: its issue types, fields and workflows are its own, and no scheme the app sets up reaches them. Use a company-managed service project.`,
    );
  }
  return project;
};

/**
 * Set up project (design.md section 8): provisions everything the complaint process needs in the
 * project, one idempotent step after another. Each step reads what Jira has, then creates or
 * changes only the difference, so a rerun on a complete setup writes nothing and a rerun after a
 * failure finishes the job. The run stops at the first failed step.
 * A run that cannot start (no such project, a team-managed one, a configuration that no longer
 * validates, or Jira failing to show the project) is refused before anything is made, and the
 * report says why: the admin page follows the report until it is finished, so it always finishes.
 */
export const setUpProject = async (deps: SetUpProjectDeps, projectKey: string): Promise<SetupReport> => {
  const { jira, app } = deps;
  const startedAt = deps.clock.now();
  const steps: StepReport[] = [];
  const snapshot = (finished: boolean): SetupReport => ({
    projectKey,
    startedAt,
    finishedAt: finished ? deps.clock.now() : null,
    steps: [...steps],
  });

  const step = async <T>(id: SetupStepId, body: (record: RecordChange, manual: RecordManual) => Promise<T>): Promise<T> => {
    const changes: SetupChange[] = [];
    const manual: ManualStep[] = [];
    let value: T;
    try {
      value = await body(
        (change) => changes.push(change),
        (todo) => manual.push(todo),
      );
    } catch (error) {
      steps.push({ step: id, outcome: 'failed', changes, reason: reasonOf(error) });
      throw new StepFailed(id, { cause: error });
    }
    steps.push({ step: id, outcome: outcomeOf(changes), changes, ...(manual.length > 0 ? { manual } : {}) });
    await deps.reports.save(snapshot(false));
    return value;
  };

  let config: AppConfig;
  let project: SetupProject;
  try {
    config = await deps.configs.load();
    project = await projectToSetUp(jira, projectKey);
  } catch (error) {
    const refused = { ...snapshot(true), refusal: error instanceof RunRefused ? error.message : reasonOf(error) };
    await deps.reports.save(refused);
    return refused;
  }
  try {
    const complaintTypeId = await step('issue-type', (record) => ensureComplaintIssueType(jira, project, record));
    const statuses = await step('statuses', (record) => ensureComplaintStatuses(jira, record));
    const fieldIds = await step('fields', (record) => ensureComplaintFields({ jira, project, complaintTypeId, config, app, record }));
    await deps.bindings.save({
      projectKey: project.key,
      issueTypeId: complaintTypeId,
      statusIds: { registered: statuses.registered.id, in_progress: statuses.in_progress.id, measures_done: statuses.measures_done.id, closed: statuses.closed.id },
      fieldIds,
    });
    const screenIds = await step('screens', (record) => ensureComplaintScreens({ jira, project, complaintTypeId, fieldIds, record }));
    const workflowId = await step('workflow', (record) => ensureComplaintWorkflow({ jira, app, config, statuses, fieldIds, screenIds, record }));
    await step('workflow-scheme', (record) => ensureWorkflowScheme({ jira, project, complaintTypeId, workflowId, statuses, record }));
    await step('request-type', (record, manual) => ensureRequestType(jira, project, complaintTypeId, record, manual));
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
  }
  const final = snapshot(true);
  await deps.reports.save(final);
  return final;
};
