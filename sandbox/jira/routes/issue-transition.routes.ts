import { parseEditBody } from '../fields/edit-input';
import { objectBody, refOf } from '../http/body-shape';
import { badRequest } from '../http/jira-error';
import { noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import { browsableIssue } from '../issues/issue-access';
import { propertyList } from '../issues/issue-property-rules';
import { updateIssue } from '../issues/issue-writer';
import { availableTransitions } from '../issues/issue-workflow';
import { inWriteUnit } from '../issues/write-unit';
import type { JiraSite } from '../jira-site';
import type { TransitionsJson } from '../render/jira-models';
import { transitionJson } from '../render/transition-json';

function listTransitions(site: JiraSite, req: JiraRequest) {
  const { issue, project } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const wanted = req.query.get('transitionId');
  const withFields = queryList(req.query, 'expand').includes('transitions.fields');
  const transitions = availableTransitions(site, req.caller, project, issue)
    .filter((transition) => wanted === null || transition.id === wanted)
    .map((transition) => transitionJson(site, transition, req.baseUrl, withFields));
  return ok({ expand: 'transitions', transitions } satisfies TransitionsJson);
}

function doTransition(site: JiraSite, req: JiraRequest) {
  const target = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const body = objectBody(req.body);
  const transitionId = refOf(body.transition, 'id');
  if (transitionId === null) throw badRequest("Can't move (" + target.issue.key + '). You must specify the transition to perform.');
  const transition = availableTransitions(site, req.caller, target.project, target.issue).find((t) => t.id === transitionId);
  if (transition === undefined) throw badRequest(`Transition id '${transitionId}' is not valid for this issue.`);
  const properties = propertyList(body.properties);
  inWriteUnit(site, req.baseUrl, req.caller, (unit) => {
    const ctx = { site, apiVersion: req.apiVersion === 2 ? 2 : 3, project: target.project } as const;
    const changes = parseEditBody(ctx, { fields: body.fields, update: body.update }, 'edit', target.issue.fields);
    for (const property of properties) site.properties.set(target.issue.id, property.key, property.value);
    return updateIssue(unit, target.project, target.issue, { ...changes, status: transition.toStatusId });
  });
  return noContent();
}

export const issueTransitionRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/transitions', handler: (req) => listTransitions(site, req) },
  { method: 'POST', family: 'api', pattern: '/issue/:issueIdOrKey/transitions', handler: (req) => doTransition(site, req) },
];
