import { setTimeout as delay } from 'node:timers/promises';
import { AppError, isAppError } from '../../../domain/app-error';
import { STATUS_FOR_CATEGORY } from '../../../jira/provisioning/complaint-statuses';
import { WORKFLOW_NAME, workflowSchemeName } from '../../../jira/provisioning/complaint-workflow-definition';
import type { WorkflowSchemeSetup } from '../../../ports/setup/workflow-scheme-setup.port';
import type { ProjectLookup } from '../../../ports/setup/project-lookup.port';
import type { RequiredStatusMappings, SetupProject, StatusMapping, WorkflowSchemeByName, WorkflowsForIssueTypes } from '../../../ports/setup/setup-shapes';
import type { ComplaintStatuses } from './ensure-complaint-statuses';
import type { RecordChange } from './record-change';

export interface WorkflowSchemeInput {
  readonly jira: WorkflowSchemeSetup & Pick<ProjectLookup, 'projectHasIssues'>;
  readonly project: SetupProject;
  readonly complaintTypeId: string;
  readonly workflowId: string;
  readonly statuses: ComplaintStatuses;
  readonly record: RecordChange;
}

/** Waits before trying a refused (409) update again: Jira refuses one while another update's task still runs. */
const CONFLICT_WAITS_MS = [2_000, 5_000, 10_000];

const sameMappings = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** A project without issues moves to a scheme of its own: a copy of its scheme with Complaint mapped to the workflow. */
const switchToOwnScheme = async (input: WorkflowSchemeInput, current: WorkflowSchemeByName): Promise<void> => {
  const { jira, project, record } = input;
  const name = workflowSchemeName(project.key);
  const wanted: Omit<WorkflowSchemeByName, 'id'> = {
    name,
    description: `The workflows of ${project.name}, with complaints on the ${WORKFLOW_NAME}.`,
    defaultWorkflow: current.defaultWorkflow,
    issueTypeMappings: { ...current.issueTypeMappings, [input.complaintTypeId]: WORKFLOW_NAME },
  };
  let ours = (await jira.workflowSchemes()).find((s) => s.name === name);
  if (ours === undefined) {
    ours = await jira.createWorkflowScheme(wanted);
    record({ action: 'created', entity: 'workflow-scheme', name });
  } else if (ours.defaultWorkflow !== wanted.defaultWorkflow || !sameMappings(ours.issueTypeMappings, wanted.issueTypeMappings)) {
    await jira.updateInactiveWorkflowScheme({ ...ours, ...wanted });
    record({ action: 'updated', entity: 'workflow-scheme', name });
  }
  await jira.assignWorkflowScheme(project.id, ours.id);
  record({ action: 'updated', entity: 'workflow-scheme', name: `${project.key}: ${name}` });
};

/** Where each status that loses its home goes: to the complaint status of the same category. */
const mappingsOf = (input: WorkflowSchemeInput, required: RequiredStatusMappings, statusIds: readonly string[]): StatusMapping[] =>
  statusIds.map((oldStatusId) => {
    const category = required.statuses.find((s) => s.id === oldStatusId)?.category;
    if (category === undefined) throw new AppError('JIRA_ERROR', `Jira did not say which category status ${oldStatusId} is in`);
    return { oldStatusId, newStatusId: input.statuses[STATUS_FOR_CATEGORY[category]].id };
  });

/** A project with issues keeps its scheme, which changes in place; Jira moves existing complaints to the new statuses. */
const updateSchemeInPlace = async (input: WorkflowSchemeInput): Promise<void> => {
  const { jira, project, complaintTypeId, workflowId } = input;
  const scheme = await jira.readWorkflowScheme(project.id);
  const others = scheme.workflowsForIssueTypes
    .map((w) => ({ ...w, issueTypeIds: w.issueTypeIds.filter((id) => id !== complaintTypeId) }))
    .filter((w) => w.issueTypeIds.length > 0 && w.workflowId !== workflowId);
  const ours = scheme.workflowsForIssueTypes.find((w) => w.workflowId === workflowId);
  const workflowsForIssueTypes: WorkflowsForIssueTypes[] = [
    ...others,
    { workflowId, issueTypeIds: [...(ours?.issueTypeIds.filter((id) => id !== complaintTypeId) ?? []), complaintTypeId] },
  ];
  const required = await jira.requiredStatusMappings(scheme, workflowsForIssueTypes);
  await jira.updateWorkflowScheme({
    scheme,
    workflowsForIssueTypes,
    byIssueType: required.byIssueType.map((r) => ({ issueTypeId: r.issueTypeId, statusMappings: mappingsOf(input, required, r.statusIds) })),
    byWorkflow: required.byWorkflow.map((r) => ({
      oldWorkflowId: r.sourceWorkflowId,
      newWorkflowId: r.targetWorkflowId,
      statusMappings: mappingsOf(input, required, r.statusIds),
    })),
  });
  input.record({ action: 'updated', entity: 'workflow-scheme', name: scheme.name });
};

/** The project's workflow scheme maps Complaint to the complaint workflow. */
export const ensureWorkflowScheme = async (input: WorkflowSchemeInput): Promise<void> => {
  const current = await input.jira.workflowSchemeOf(input.project.id);
  if (current.issueTypeMappings[input.complaintTypeId] === WORKFLOW_NAME) return;
  // Jira assigns another scheme only to a project without issues; one with issues needs the in-place update.
  const ownScheme = current.name === workflowSchemeName(input.project.key);
  if (!ownScheme && !(await input.jira.projectHasIssues(input.project.key))) {
    await switchToOwnScheme(input, current);
    return;
  }
  for (const wait of CONFLICT_WAITS_MS) {
    try {
      await updateSchemeInPlace(input);
      return;
    } catch (error) {
      if (!(isAppError(error) && error.code === 'CONFLICT')) throw error;
      // The scheme is read again on the next try: the update that held it may have changed its version.
      await delay(wait);
    }
  }
  await updateSchemeInPlace(input);
};
