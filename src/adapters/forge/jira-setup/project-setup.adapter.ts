import type { CloudCalls } from '../jira/jira-calls';
import { AppError } from '../../../domain/app-error';
import type { StatusCategory } from '../../../jira/provisioning/complaint-statuses';
import type { ProjectLookup } from '../../../ports/setup/project-lookup.port';
import type { IssueTypeSetup } from '../../../ports/setup/issue-type-setup.port';
import type { StatusSetup } from '../../../ports/setup/status-setup.port';
import type { ExistingStatus } from '../../../ports/setup/setup-shapes';
import { isJiraRestError } from '../jira/jira-rest-error';
import { allPages, idText, present } from './jira-answers';

const CATEGORIES: readonly StatusCategory[] = ['TODO', 'IN_PROGRESS', 'DONE'];

const statusOf = (s: { id?: string; name?: string; statusCategory?: string }): ExistingStatus => {
  const category = CATEGORIES.find((c) => c === s.statusCategory);
  if (category === undefined) throw new AppError('JIRA_ERROR', `Status ${s.name ?? s.id ?? '?'} has no known category`);
  return { id: idText(s.id, 'status id'), name: present(s.name, 'status name'), category };
};

const quoted = (key: string): string => `"${key.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** The project, its issue types and the global statuses. */
export const projectSetup = (cloud: CloudCalls): ProjectLookup & IssueTypeSetup & StatusSetup => ({
  project: async (projectKey) => {
    try {
      const project = await cloud.projects.getProject({ projectIdOrKey: projectKey });
      return {
        id: idText(project.id, 'project id'),
        key: present(project.key, 'project key'),
        name: present(project.name, 'project name'),
        issueTypeIds: (project.issueTypes ?? []).flatMap((t) => (t.id === undefined ? [] : [t.id])),
        teamManaged: project.style === 'next-gen' || project.simplified === true,
      };
    } catch (error) {
      if (isJiraRestError(error) && error.status === 404) return null;
      throw error;
    }
  },
  projectHasIssues: async (projectKey) => {
    const page = await cloud.issueSearch.searchAndReconsileIssuesUsingJql({ jql: `project = ${quoted(projectKey)}`, maxResults: 1, fields: ['id'] });
    return (page.issues ?? []).length > 0;
  },
  issueTypes: async () =>
    (await cloud.issueTypes.getIssueAllTypes()).map((t) => ({ id: idText(t.id, 'issue type id'), name: present(t.name, 'issue type name') })),
  createIssueType: async (spec) => {
    const made = await cloud.issueTypes.createIssueType(spec);
    return { id: idText(made.id, 'issue type id'), name: present(made.name, 'issue type name') };
  },
  issueTypeSchemeOf: async (projectId) => {
    const page = await cloud.issueTypeSchemes.getIssueTypeSchemeForProjects({ projectId: [Number(projectId)] });
    const scheme = present(page.values.find((v) => v.projectIds.includes(projectId))?.issueTypeScheme, `issue type scheme of project ${projectId}`);
    return { id: scheme.id, name: scheme.name, isDefault: scheme.isDefault === true };
  },
  addIssueTypeToScheme: async (schemeId, issueTypeId) => {
    await cloud.issueTypeSchemes.addIssueTypesToIssueTypeScheme({ issueTypeSchemeId: Number(schemeId), issueTypeIds: [issueTypeId] });
  },
  statuses: async () => {
    const all = await allPages((startAt) => cloud.status.search({ startAt, maxResults: 200 }));
    // Team-managed projects keep statuses of their own, which a company-managed workflow cannot use.
    return all.filter((s) => s.scope?.type === undefined || s.scope.type === 'GLOBAL').map(statusOf);
  },
  createStatuses: async (specs) => {
    const made = await cloud.status.createStatuses({
      scope: { type: 'GLOBAL' },
      statuses: specs.map((s) => ({ name: s.name, statusCategory: s.category, description: s.description })),
    });
    return made.map(statusOf);
  },
});
