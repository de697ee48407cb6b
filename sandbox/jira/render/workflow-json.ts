import type { StatusRecord } from '../store/status-store';
import type { ConditionGroup, TransitionRecord, WorkflowRecord } from '../store/workflow-store';
import { RULE_KEYS } from '../workflows/rule-catalog';
import { jiraStatusJson } from './status-json';

const SYSTEM_WORKFLOW_NAME = 'jira';

const conditionGroupJson = (group: ConditionGroup): unknown => ({
  operation: group.operation,
  conditions: group.conditions,
  conditionGroups: group.conditionGroups.map(conditionGroupJson),
});

/** A transition as the workflow APIs show it; after creation, status references are the statuses' ids. */
const transitionJson = (transition: TransitionRecord) => ({
  id: transition.id,
  type: transition.type,
  name: transition.name,
  description: transition.description,
  toStatusReference: transition.toStatusId,
  links: transition.fromStatusIds.map((fromStatusReference) => ({ fromStatusReference, fromPort: 0, toPort: 1 })),
  ...(transition.rules.conditions === null ? {} : { conditions: conditionGroupJson(transition.rules.conditions) }),
  validators: transition.rules.validators,
  actions: transition.rules.actions,
  ...(transition.screenId === null
    ? {}
    : { transitionScreen: { ruleKey: RULE_KEYS.transitionScreen, parameters: { screenId: transition.screenId } } }),
  properties: transition.properties,
  triggers: [],
});

/** A workflow as `/workflows`, `/workflows/search` and `/workflows/create` return it. */
export const workflowJson = (workflow: WorkflowRecord, withTransitions: boolean) => ({
  id: workflow.id,
  name: workflow.name,
  description: workflow.description,
  scope: workflow.projectId === null ? { type: 'GLOBAL' } : { type: 'PROJECT', project: { id: workflow.projectId } },
  version: workflow.version,
  created: new Date(workflow.created).toISOString(),
  updated: new Date(workflow.updated).toISOString(),
  // Jira's system workflow cannot be changed.
  isEditable: workflow.name !== SYSTEM_WORKFLOW_NAME,
  statuses: workflow.statuses.map((status) => ({ statusReference: status.statusReference, properties: status.properties, deprecated: false })),
  ...(withTransitions ? { transitions: workflow.transitions.map(transitionJson) } : {}),
});

/** The statuses the workflows use, each once, with the reference the documents use for it. */
export const workflowStatusesJson = (workflows: readonly WorkflowRecord[], statusById: (id: string) => StatusRecord | null) => {
  const ids = [...new Set(workflows.flatMap((workflow) => workflow.statuses.map((status) => status.statusId)))];
  return ids.flatMap((id) => {
    const status = statusById(id);
    return status === null ? [] : [{ ...jiraStatusJson(status), statusReference: status.id }];
  });
};
