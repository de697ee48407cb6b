import type { CloudCalls } from '../jira/jira-calls';
import type { WorkflowScheme } from 'jira.js/cloud';
import { AppError } from '../../../domain/app-error';
import type { StatusCategory } from '../../../jira/provisioning/complaint-statuses';
import type { WorkflowSchemeSetup } from '../../../ports/setup/workflow-scheme-setup.port';
import type { WorkflowSchemeByName } from '../../../ports/setup/setup-shapes';
import { followTask } from './follow-task';
import { allPages, idText, present } from './jira-answers';

const CATEGORIES: readonly StatusCategory[] = ['TODO', 'IN_PROGRESS', 'DONE'];

const byName = (scheme: WorkflowScheme): WorkflowSchemeByName => ({
  id: idText(scheme.id, 'workflow scheme id'),
  name: present(scheme.name, 'workflow scheme name'),
  description: scheme.description ?? '',
  defaultWorkflow: scheme.defaultWorkflow ?? 'jira',
  issueTypeMappings: Object.fromEntries(
    Object.entries(scheme.issueTypeMappings ?? {}).flatMap(([type, workflow]) => (typeof workflow === 'string' ? [[type, workflow]] : [])),
  ),
});

const classicBody = (scheme: Omit<WorkflowSchemeByName, 'id'>) => ({
  name: scheme.name,
  description: scheme.description,
  defaultWorkflow: scheme.defaultWorkflow,
  issueTypeMappings: { ...scheme.issueTypeMappings },
});

/**
 * Workflow schemes: the classic endpoints, which name workflows, to find and assign a scheme;
 * `/workflowscheme/read|update` (by workflow id, with a version) to change one that a project with issues uses.
 */
export const workflowSchemeSetup = (cloud: CloudCalls): WorkflowSchemeSetup => ({
  workflowSchemeOf: async (projectId) => {
    const answer = await cloud.workflowSchemeProjectAssociations.getWorkflowSchemeProjectAssociations({ projectId: [Number(projectId)] });
    const scheme = answer.values.find((v) => v.projectIds.includes(projectId))?.workflowScheme;
    return byName(present(scheme, `workflow scheme of project ${projectId}`));
  },
  workflowSchemes: async () => (await allPages((startAt) => cloud.workflowSchemes.getAllWorkflowSchemes({ startAt }))).map(byName),
  createWorkflowScheme: async (spec) => byName(await cloud.workflowSchemes.createWorkflowScheme(classicBody(spec))),
  updateInactiveWorkflowScheme: async (scheme) => {
    await cloud.workflowSchemes.updateWorkflowScheme({ id: Number(scheme.id), body: classicBody(scheme) });
  },
  assignWorkflowScheme: async (projectId, schemeId) => {
    await cloud.workflowSchemeProjectAssociations.assignSchemeToProject({ projectId, workflowSchemeId: schemeId });
  },
  readWorkflowScheme: async (projectId) => {
    const [scheme] = await cloud.workflowSchemes.readWorkflowSchemes({ projectIds: [projectId] });
    if (scheme === undefined) throw new AppError('JIRA_ERROR', `Jira read no workflow scheme for project ${projectId}`);
    return {
      id: scheme.id,
      name: scheme.name,
      description: scheme.description ?? '',
      defaultWorkflowId: present(scheme.defaultWorkflow?.id, 'default workflow id'),
      workflowsForIssueTypes: scheme.workflowsForIssueTypes.map((w) => ({ workflowId: w.workflow.id, issueTypeIds: w.issueTypeIds })),
      version: { id: present(scheme.version.id, 'scheme version id'), versionNumber: present(scheme.version.versionNumber, 'scheme version number') },
    };
  },
  requiredStatusMappings: async (scheme, workflowsForIssueTypes) => {
    const answer = await cloud.workflowSchemes.getRequiredWorkflowSchemeMappings({
      id: scheme.id,
      defaultWorkflowId: scheme.defaultWorkflowId,
      workflowsForIssueTypes: workflowsForIssueTypes.map((w) => ({ workflowId: w.workflowId, issueTypeIds: [...w.issueTypeIds] })),
    });
    return {
      byIssueType: (answer.statusMappingsByIssueTypes ?? []).map((m) => ({ issueTypeId: present(m.issueTypeId, 'issue type id'), statusIds: m.statusIds ?? [] })),
      byWorkflow: (answer.statusMappingsByWorkflows ?? []).map((m) => ({
        sourceWorkflowId: present(m.sourceWorkflowId, 'source workflow id'),
        targetWorkflowId: present(m.targetWorkflowId, 'target workflow id'),
        statusIds: m.statusIds ?? [],
      })),
      statuses: (answer.statuses ?? []).flatMap((s) => {
        const category = CATEGORIES.find((c) => c === s.category);
        return category === undefined || s.id === undefined ? [] : [{ id: s.id, name: s.name ?? s.id, category }];
      }),
    };
  },
  updateWorkflowScheme: async ({ scheme, workflowsForIssueTypes, byIssueType, byWorkflow }) => {
    const task = await cloud.workflowSchemes.updateSchemes({
      id: scheme.id,
      name: scheme.name,
      description: scheme.description,
      defaultWorkflowId: scheme.defaultWorkflowId,
      version: scheme.version,
      workflowsForIssueTypes: workflowsForIssueTypes.map((w) => ({ workflowId: w.workflowId, issueTypeIds: [...w.issueTypeIds] })),
      statusMappingsByIssueTypeOverride: byIssueType.map((m) => ({ issueTypeId: m.issueTypeId, statusMappings: m.statusMappings.map((s) => ({ ...s })) })),
      statusMappingsByWorkflows: byWorkflow.map((m) => ({
        oldWorkflowId: m.oldWorkflowId,
        newWorkflowId: m.newWorkflowId,
        statusMappings: m.statusMappings.map((s) => ({ ...s })),
      })),
    });
    // Jira moves the issues to the new statuses in a task of its own; the step ends when it does.
    await followTask(cloud, task);
  },
});
