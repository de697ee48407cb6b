import type { JiraWorkflow } from 'jira.js/cloud';
import { AppError } from '../../../domain/app-error';
import { TRANSITION_SCREEN_RULE, type TransitionSpec, type WorkflowSpec } from '../../../jira/provisioning/complaint-workflow-definition';
import type { WorkflowRule } from '../../../jira/provisioning/forge-rule';
import type { ExistingStatus } from '../../../ports/setup/setup-shapes';
import { present } from './jira-answers';

/*
 * The workflow spec in the shape of `/workflows/create` and `/workflows/update`, and back from
 * `/workflows/search`. Statuses are referenced by their ids (`statusReference` = id), and listed
 * with the names Jira already has, because these endpoints rename a status given another name.
 */

export const statusesPayload = (statuses: readonly ExistingStatus[]) =>
  statuses.map((s) => ({ id: s.id, statusReference: s.id, name: s.name, statusCategory: s.category }));

const transitionPayload = (t: TransitionSpec) => ({
  id: t.id,
  name: t.name,
  type: t.type,
  toStatusReference: t.toStatusId,
  links: t.fromStatusIds.map((fromStatusReference) => ({ fromStatusReference })),
  ...(t.conditions.length === 0 ? {} : { conditions: { operation: 'ALL' as const, conditions: t.conditions.map((r) => ({ ...r })) } }),
  validators: t.validators.map((r) => ({ ...r })),
  actions: [],
  ...(t.screenId === null ? {} : { transitionScreen: { ruleKey: TRANSITION_SCREEN_RULE, parameters: { screenId: t.screenId } } }),
});

/** A workflow's statuses and transitions, as both create and update take them. */
export const workflowBody = (spec: WorkflowSpec) => ({
  description: spec.description,
  statuses: spec.statusIds.map((statusReference) => ({ statusReference, properties: {} })),
  transitions: spec.transitions.map(transitionPayload),
});

type Rule = { ruleKey: string; parameters?: Record<string, unknown> };

const ruleOf = (rule: Rule): WorkflowRule => ({
  ruleKey: rule.ruleKey,
  parameters: Object.fromEntries(Object.entries(rule.parameters ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
});

type Transition = NonNullable<JiraWorkflow['transitions']>[number];
type ConditionGroup = NonNullable<Transition['conditions']>;

// Stands for a condition group that Set up project never writes (ANY of several, or nested), so that it compares as different.
const OTHER_SHAPE: WorkflowRule = { ruleKey: 'condition-group-of-another-shape', parameters: {} };

/** The conditions of a transition as one ALL group, which is how Set up project writes them. */
const conditionsOf = (group: ConditionGroup | undefined): WorkflowRule[] => {
  if (group === undefined) return [];
  const rules = (group.conditions ?? []).map(ruleOf);
  const ours = (group.conditionGroups ?? []).length === 0 && (group.operation === 'ALL' || rules.length <= 1);
  return ours ? rules : [OTHER_SHAPE, ...rules];
};

const TYPES = ['INITIAL', 'DIRECTED'] as const;

const transitionOf = (t: Transition, statusIdOf: (reference: string) => string): TransitionSpec => {
  const type = TYPES.find((candidate) => candidate === t.type);
  if (type === undefined) throw new AppError('JIRA_ERROR', `Transition ${t.name ?? '?'} is ${t.type ?? 'untyped'}, not initial or directed`);
  const screenId: unknown = t.transitionScreen?.parameters?.screenId;
  return {
    id: present(t.id, 'transition id'),
    name: present(t.name, 'transition name'),
    type,
    fromStatusIds: (t.links ?? []).flatMap((l) => (l.fromStatusReference ? [statusIdOf(l.fromStatusReference)] : [])),
    toStatusId: statusIdOf(present(t.toStatusReference, 'transition target')),
    conditions: conditionsOf(t.conditions),
    validators: (t.validators ?? []).map(ruleOf),
    screenId: typeof screenId === 'string' || typeof screenId === 'number' ? String(screenId) : null,
  };
};

/** A workflow from `/workflows/search`, with the response's status list to turn references into ids. */
export const workflowSpecOf = (workflow: JiraWorkflow, statuses: readonly { id?: string; statusReference?: string }[]): WorkflowSpec => {
  const statusIdOf = (reference: string): string => statuses.find((s) => s.statusReference === reference)?.id ?? reference;
  return {
    name: present(workflow.name, 'workflow name'),
    description: workflow.description ?? '',
    statusIds: (workflow.statuses ?? []).flatMap((s) => (s.statusReference ? [statusIdOf(s.statusReference)] : [])),
    transitions: (workflow.transitions ?? []).map((t) => transitionOf(t, statusIdOf)),
  };
};
