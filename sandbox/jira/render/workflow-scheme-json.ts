import type { JiraSite } from '../jira-site';
import type { WorkflowSchemeRecord } from '../store/workflow-scheme-store';

const nameOf = (site: JiraSite, workflowId: string): string => site.workflows.byId(workflowId)?.name ?? workflowId;

/** A workflow scheme as the classic endpoints show it: workflows by name. */
export const workflowSchemeJson = (site: JiraSite, scheme: WorkflowSchemeRecord, baseUrl: string) => ({
  id: Number(scheme.id),
  name: scheme.name,
  description: scheme.description,
  defaultWorkflow: nameOf(site, scheme.defaultWorkflowId),
  issueTypeMappings: Object.fromEntries(Object.entries(scheme.mappings).map(([issueTypeId, workflowId]) => [issueTypeId, nameOf(site, workflowId)])),
  self: `${baseUrl}/rest/api/3/workflowscheme/${scheme.id}`,
  draft: false,
});

const workflowMetadata = (site: JiraSite, workflowId: string) => {
  const workflow = site.workflows.byId(workflowId);
  return {
    id: workflowId,
    name: workflow?.name ?? workflowId,
    description: workflow?.description ?? '',
    version: workflow?.version ?? { id: workflowId, versionNumber: 0 },
  };
};

/** A workflow scheme as `/workflowscheme/read` shows it: workflows by id, with the version an update needs. */
export const workflowSchemeReadJson = (site: JiraSite, scheme: WorkflowSchemeRecord) => {
  const byWorkflow = new Map<string, string[]>();
  for (const [issueTypeId, workflowId] of Object.entries(scheme.mappings)) byWorkflow.set(workflowId, [...(byWorkflow.get(workflowId) ?? []), issueTypeId]);
  return {
    id: scheme.id,
    name: scheme.name,
    description: scheme.description,
    defaultWorkflow: workflowMetadata(site, scheme.defaultWorkflowId),
    workflowsForIssueTypes: [...byWorkflow].map(([workflowId, issueTypeIds]) => ({ issueTypeIds, workflow: workflowMetadata(site, workflowId) })),
    scope: { type: 'GLOBAL' },
    version: scheme.version,
    taskId: null,
  };
};
