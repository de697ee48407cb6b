import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import type { WorkflowRecord } from '../store/workflow-store';

/** The workflow that governs an issue type in a project: its project's scheme, by the type. */
export function workflowOf(site: JiraSite, project: ProjectRecord, issueTypeId: string): WorkflowRecord {
  const scheme = site.workflowSchemes.byId(project.workflowSchemeId);
  const workflow = scheme === null ? null : site.workflows.byId(site.workflowSchemes.workflowIdFor(scheme, issueTypeId));
  if (workflow === null) throw new Error(`Project ${project.key} has no workflow for issue type ${issueTypeId}`);
  return workflow;
}

/** The issues a workflow governs now, across every project whose scheme maps their type to it. */
export function issuesGovernedBy(site: JiraSite, workflowId: string): IssueRecord[] {
  const projects = new Map(site.projects.all().map((project) => [project.id, project]));
  return site.issues.all().filter((issue) => {
    const project = projects.get(issue.projectId);
    return project !== undefined && workflowOf(site, project, String(issue.fields.issuetype)).id === workflowId;
  });
}

/** Moves an issue to another status as a migration does: no transition, no rules, no event. */
export function migrateStatus(site: JiraSite, issue: IssueRecord, statusId: string): void {
  site.issues.save({ ...issue, fields: { ...issue.fields, status: statusId }, updated: issue.updated });
}
