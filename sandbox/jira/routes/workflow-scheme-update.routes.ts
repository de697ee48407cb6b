import { randomUUID } from 'node:crypto';
import { isRecord, scalarText } from '../json-value';
import { idList, objectBody, stringProp } from '../http/body-shape';
import { badRequest, jiraError, notFound } from '../http/jira-error';
import { ok, type JiraRequest, type JiraResponse, type Route } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { taskJson } from '../render/task-json';
import { BASE_WORKFLOWS } from '../seed-site-config';
import { migrateIssues, requiredMappingsJson, statusMoves, type SchemeTarget } from '../workflows/scheme-migration';
import { taskRuns, type TaskRuns } from '../workflows/task-runs';

/** The scheme and the workflows the body asks for; unknown workflows and issue types are refused. */
function targetOf(site: JiraSite, body: Readonly<Record<string, unknown>>): SchemeTarget {
  const scheme = site.workflowSchemes.byId(scalarText(body.id));
  if (scheme === null) throw notFound('The workflow scheme does not exist.');
  const workflowId = (id: string): string => {
    if (site.workflows.byId(id) === null) throw badRequest(`The workflow with ID '${id}' does not exist.`);
    return id;
  };
  const mappings: Record<string, string> = {};
  for (const entry of Array.isArray(body.workflowsForIssueTypes) ? body.workflowsForIssueTypes : []) {
    const association = isRecord(entry) ? entry : {};
    const issueTypeIds = idList(association.issueTypeIds) ?? [];
    for (const issueTypeId of issueTypeIds) {
      if (site.catalog.issueTypeById(issueTypeId) === null) throw badRequest(`The issue type with ID '${issueTypeId}' does not exist.`);
      mappings[issueTypeId] = workflowId(scalarText(association.workflowId));
    }
  }
  // As in Jira, a scheme updated without a default falls back to the system workflow.
  const defaultWorkflowId = typeof body.defaultWorkflowId === 'string' ? workflowId(body.defaultWorkflowId) : BASE_WORKFLOWS.system.id;
  return { scheme, defaultWorkflowId, mappings };
}

/**
 * `POST /workflowscheme/update`: the scheme changes at once and Jira migrates the issues in an
 * asynchronous task, answering 303 to it; the task reports RUNNING for a while (the emulator
 * moves the issues at once, which a client cannot tell). While it runs, the scheme refuses
 * another update with 409.
 */
function updateScheme(site: JiraSite, runs: TaskRuns, req: JiraRequest): JiraResponse {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const target = targetOf(site, body);
  if (runs.holds(target.scheme.id)) throw jiraError(409, ['Another update of this workflow scheme is in progress. Try again when its task has finished.']);
  const version = isRecord(body.version) ? body.version : {};
  if (version.versionNumber !== target.scheme.version.versionNumber) {
    throw jiraError(409, ['The workflow scheme has changed since this version was read; read it again.']);
  }
  const { moves, problems } = statusMoves(site, target, body);
  if (problems.length > 0) throw jiraError(400, problems);
  const submitted = site.now();
  const task = site.db.transaction(() => {
    site.workflowSchemes.update({
      ...target.scheme,
      name: stringProp(body, 'name') ?? target.scheme.name,
      description: stringProp(body, 'description') ?? target.scheme.description,
      defaultWorkflowId: target.defaultWorkflowId,
      mappings: target.mappings,
      version: { id: randomUUID(), versionNumber: target.scheme.version.versionNumber + 1 },
    });
    const moved = migrateIssues(site, target.scheme.id, moves);
    const record = {
      id: site.nextId('task'),
      description: `Updating workflow scheme ${target.scheme.name}`,
      submittedBy: req.caller.user.accountId,
      submitted,
      finished: site.now(),
      result: { migratedIssues: moved },
    };
    site.tasks.insert(record);
    return record;
  })();
  runs.start(task.id, target.scheme.id);
  const location = `${req.baseUrl}/rest/api/3/task/${task.id}`;
  return { status: 303, body: taskJson(task, req.baseUrl, true), headers: { Location: location } };
}

export const workflowSchemeUpdateRoutes = (site: JiraSite, runs: TaskRuns = taskRuns()): Route[] => [
  { method: 'POST', family: 'api', pattern: '/workflowscheme/update', handler: (req) => updateScheme(site, runs, req) },
  {
    method: 'POST',
    family: 'api',
    pattern: '/workflowscheme/update/mappings',
    handler: (req) => {
      requireAdmin(site, req.caller);
      return ok(requiredMappingsJson(site, targetOf(site, objectBody(req.body))));
    },
  },
  {
    method: 'GET',
    family: 'api',
    pattern: '/task/:taskId',
    handler: (req) => {
      const task = site.tasks.byId(req.params.taskId ?? '');
      if (task === null || (task.submittedBy !== req.caller.user.accountId && !site.permissions.hasGlobal(req.caller, 'ADMINISTER'))) {
        throw notFound('The task does not exist.');
      }
      return ok(taskJson(task, req.baseUrl, runs.isRunning(task.id)));
    },
  },
];
