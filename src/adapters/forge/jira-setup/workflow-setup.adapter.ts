import type { CloudCalls } from '../jira/jira-calls';
import { AppError } from '../../../domain/app-error';
import type { WorkflowSetup } from '../../../ports/setup/workflow-setup.port';
import { allPages, present } from './jira-answers';
import { statusesPayload, workflowBody, workflowSpecOf } from './workflow-payload';

/** Jira's validation answers with a list rather than failing; errors stop the write, warnings do not. */
const assertValid = (answer: { errors?: readonly { level?: string; message?: string }[] }, what: string): void => {
  const errors = (answer.errors ?? []).filter((e) => e.level !== 'WARNING');
  if (errors.length > 0) throw new AppError('JIRA_ERROR', `Jira rejected the ${what}: ${errors.map((e) => e.message ?? 'invalid').join(' ')}`);
};

/** The complaint workflow through the current workflow API (`/workflows/*`), never the removed `POST /workflow`. */
export const workflowSetup = (cloud: CloudCalls): WorkflowSetup => ({
  appAccountId: async () => present((await cloud.myself.getCurrentUser({})).accountId, 'app account id'),
  workflow: async (name) => {
    const statuses: { id?: string; statusReference?: string }[] = [];
    const found = await allPages(async (startAt) => {
      const page = await cloud.workflows.searchWorkflows({ startAt, queryString: name, expand: 'values.transitions' });
      statuses.push(...(page.statuses ?? []));
      return page;
    });
    const workflow = found.find((w) => w.name === name);
    if (workflow === undefined) return null;
    return {
      id: present(workflow.id, 'workflow id'),
      version: { id: present(workflow.version?.id, 'workflow version id'), versionNumber: present(workflow.version?.versionNumber, 'workflow version number') },
      spec: workflowSpecOf(workflow, statuses),
    };
  },
  createWorkflow: async (spec, statuses) => {
    const payload = { scope: { type: 'GLOBAL' as const }, statuses: statusesPayload(statuses), workflows: [{ name: spec.name, ...workflowBody(spec) }] };
    assertValid(await cloud.workflows.validateCreateWorkflows({ payload, validationOptions: { levels: ['ERROR', 'WARNING'] } }), 'new workflow');
    const made = await cloud.workflows.createWorkflows(payload);
    return present(made.workflows?.find((w) => w.name === spec.name)?.id, 'new workflow id');
  },
  updateWorkflow: async (existing, spec, statuses) => {
    const payload = { statuses: statusesPayload(statuses), workflows: [{ id: existing.id, version: existing.version, ...workflowBody(spec) }] };
    assertValid(await cloud.workflows.validateUpdateWorkflows({ payload, validationOptions: { levels: ['ERROR', 'WARNING'] } }), 'workflow change');
    await cloud.workflows.updateWorkflows(payload);
  },
});
