import { parseEditBody } from '../fields/edit-input';
import { screenFieldIds } from '../fields/screen-fields';
import { objectBody, refOf } from '../http/body-shape';
import { badRequest, fieldErrors, jiraError } from '../http/jira-error';
import { noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import { browsableIssue } from '../issues/issue-access';
import { propertyList } from '../issues/issue-property-rules';
import { updateIssue } from '../issues/issue-writer';
import { workflowOf } from '../issues/issue-workflow';
import { inWriteUnit } from '../issues/write-unit';
import type { JiraSite } from '../jira-site';
import type { TransitionsJson } from '../render/jira-models';
import { transitionJson } from '../render/transition-json';
import { availableTransitions } from '../workflows/available-transitions';
import { firstValidatorFailure, postFunctionChanges } from '../workflows/transition-rules';

function listTransitions(site: JiraSite, req: JiraRequest) {
  const { issue, project } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const wanted = req.query.get('transitionId');
  const withFields = queryList(req.query, 'expand').includes('transitions.fields');
  const transitions = availableTransitions(site, req.caller, project, issue)
    .filter((transition) => wanted === null || transition.id === wanted)
    .map((transition) => transitionJson(site, transition, project, issue, req.baseUrl, withFields));
  return ok({ expand: 'transitions', transitions } satisfies TransitionsJson);
}

/**
 * `POST /issue/{key}/transitions`: a transition hidden by its conditions is not valid; the
 * screen's edits are applied to a view of the issue that the validators judge; post functions
 * add their changes; all of it is one write with one changelog entry.
 */
function doTransition(site: JiraSite, req: JiraRequest) {
  const { issue, project } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const body = objectBody(req.body);
  const transitionId = refOf(body.transition, 'id');
  if (transitionId === null) throw badRequest("Can't move (" + issue.key + '). You must specify the transition to perform.');
  const transition = availableTransitions(site, req.caller, project, issue).find((t) => t.id === transitionId);
  if (transition === undefined) throw badRequest(`Transition id '${transitionId}' is not valid for this issue.`);
  const properties = propertyList(body.properties);
  inWriteUnit(site, req.baseUrl, req.caller, (unit) => {
    const ctx = { site, apiVersion: req.apiVersion === 2 ? 2 : 3, project, issueTypeId: String(issue.fields.issuetype) } as const;
    // A transition sets only its screen's fields; without a screen, none.
    const screen = screenFieldIds(site, transition.screenId);
    const changes = parseEditBody(ctx, { fields: body.fields, update: body.update }, { mode: 'edit', screen, current: issue.fields });
    const run = {
      site,
      caller: req.caller,
      project,
      workflow: workflowOf(site, project, String(issue.fields.issuetype)),
      transition,
      original: issue,
      edited: { ...issue, fields: { ...issue.fields, ...changes } },
    };
    // Jira requires the Resolution wherever a transition's screen shows it, before any validator runs.
    if (screen.has('resolution') && (run.edited.fields.resolution ?? null) === null) throw fieldErrors({ resolution: 'Resolution is required.' });
    const failure = firstValidatorFailure(run);
    if (failure !== null) throw jiraError(400, [failure]);
    for (const property of properties) site.properties.set(issue.id, property.key, property.value);
    return updateIssue(unit, project, issue, { ...changes, ...postFunctionChanges(run), status: transition.toStatusId });
  });
  return noContent();
}

export const issueTransitionRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/transitions', handler: (req) => listTransitions(site, req) },
  { method: 'POST', family: 'api', pattern: '/issue/:issueIdOrKey/transitions', handler: (req) => doTransition(site, req) },
];
