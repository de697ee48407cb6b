import { isRecord } from '../json-value';
import { objectBody } from '../http/body-shape';
import { jiraError } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import { workflowOf } from '../issues/issue-workflow';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { offsetPage } from '../render/page-json';
import { jiraStatusJson } from '../render/status-json';
import { workflowJson, workflowStatusesJson } from '../render/workflow-json';
import type { WorkflowRecord } from '../store/workflow-store';
import { applyWorkflowCreate, planWorkflowCreate } from '../workflows/create-workflows';
import { applyWorkflowUpdate, planWorkflowUpdate } from '../workflows/update-workflows';
import type { WorkflowValidationError } from '../workflows/workflow-validation-error';

/** `validationOptions.levels` narrows the findings; both levels by default. */
function validationAnswer(errors: readonly WorkflowValidationError[], options: unknown) {
  const levels = isRecord(options) && Array.isArray(options.levels) ? options.levels : ['WARNING', 'ERROR'];
  return ok({ errors: errors.filter((error) => levels.includes(error.level)) });
}

/** A payload Jira refuses: the validation messages, as the create and update endpoints answer them. */
const rejected = (errors: readonly WorkflowValidationError[]) => jiraError(400, errors.map((error) => error.message));

const statusesOf = (site: JiraSite, workflows: readonly WorkflowRecord[]) => workflowStatusesJson(workflows, (id) => site.statuses.byId(id));

function createWorkflows(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const plan = planWorkflowCreate(site, objectBody(req.body));
  if (plan.errors.length > 0) throw rejected(plan.errors);
  const { statuses, workflows } = applyWorkflowCreate(site, plan.value);
  return ok({
    statuses: statuses.map((status) => ({ ...jiraStatusJson(status), statusReference: status.id })),
    workflows: workflows.map((workflow) => workflowJson(workflow, true)),
  });
}

function updateWorkflows(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const plan = planWorkflowUpdate(site, objectBody(req.body));
  if (plan.errors.length > 0) throw rejected(plan.errors);
  const { statuses, workflows } = applyWorkflowUpdate(site, plan.value);
  return ok({
    statuses: statuses.map((status) => ({ ...jiraStatusJson(status), statusReference: status.id })),
    workflows: workflows.map((workflow) => workflowJson(workflow, true)),
    taskId: null,
  });
}

/** `POST /workflows`: by ids, by names, or by the project and issue type they govern. */
function readWorkflows(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = req.body === undefined ? {} : objectBody(req.body);
  const ids = Array.isArray(body.workflowIds) ? body.workflowIds.map(String) : [];
  const names = Array.isArray(body.workflowNames) ? body.workflowNames.map(String) : [];
  const pairs = (Array.isArray(body.projectAndIssueTypes) ? body.projectAndIssueTypes : []).flatMap((pair: unknown) => (isRecord(pair) ? [pair] : []));
  const byPair = pairs.flatMap((pair) => {
    const project = site.projects.byIdOrKey(String(pair.projectId));
    return project === null ? [] : [workflowOf(site, project, String(pair.issueTypeId))];
  });
  const found = new Map<string, WorkflowRecord>();
  for (const workflow of [
    ...ids.flatMap((id) => site.workflows.byId(id) ?? []),
    ...names.flatMap((name) => site.workflows.byName(name) ?? []),
    ...byPair,
  ]) {
    found.set(workflow.id, workflow);
  }
  const workflows = [...found.values()];
  return ok({ statuses: statusesOf(site, workflows), workflows: workflows.map((workflow) => workflowJson(workflow, true)) });
}

/** Workflows that a scheme used by some project points at. */
function activeWorkflowIds(site: JiraSite): Set<string> {
  const schemes = new Set(site.projects.all().map((project) => project.workflowSchemeId));
  return new Set(
    [...schemes].flatMap((schemeId) => {
      const scheme = site.workflowSchemes.byId(schemeId);
      return scheme === null ? [] : [scheme.defaultWorkflowId, ...Object.values(scheme.mappings)];
    }),
  );
}

function searchWorkflows(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const text = (req.query.get('queryString') ?? '').toLowerCase();
  const scope = req.query.get('scope');
  const isActive = req.query.get('isActive');
  const active = activeWorkflowIds(site);
  const found = site.workflows
    .all()
    .filter((workflow) => text === '' || workflow.name.toLowerCase().includes(text))
    .filter((workflow) => scope === null || (scope === 'GLOBAL') === (workflow.projectId === null))
    .filter((workflow) => isActive === null || (isActive === 'true') === active.has(workflow.id));
  const { values, ...page } = offsetPage(req, '/workflows/search', found, { linkQuery: {} });
  const withTransitions = queryList(req.query, 'expand').includes('values.transitions');
  // `statuses` are those of this page's workflows, so the page is cut from the records before they are rendered.
  return ok({ ...page, statuses: statusesOf(site, values), values: values.map((workflow) => workflowJson(workflow, withTransitions)) });
}

export const workflowRoutes = (site: JiraSite): Route[] => [
  { method: 'POST', family: 'api', pattern: '/workflows', handler: (req) => readWorkflows(site, req) },
  { method: 'GET', family: 'api', pattern: '/workflows/search', handler: (req) => searchWorkflows(site, req) },
  { method: 'POST', family: 'api', pattern: '/workflows/create', handler: (req) => createWorkflows(site, req) },
  {
    method: 'POST',
    family: 'api',
    pattern: '/workflows/create/validation',
    handler: (req) => {
      requireAdmin(site, req.caller);
      const body = objectBody(req.body);
      return validationAnswer(planWorkflowCreate(site, isRecord(body.payload) ? body.payload : {}).errors, body.validationOptions);
    },
  },
  { method: 'POST', family: 'api', pattern: '/workflows/update', handler: (req) => updateWorkflows(site, req) },
  {
    method: 'POST',
    family: 'api',
    pattern: '/workflows/update/validation',
    handler: (req) => {
      requireAdmin(site, req.caller);
      const body = objectBody(req.body);
      return validationAnswer(planWorkflowUpdate(site, isRecord(body.payload) ? body.payload : {}).errors, body.validationOptions);
    },
  },
];
