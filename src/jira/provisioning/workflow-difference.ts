import type { TransitionSpec, WorkflowSpec } from './complaint-workflow-definition';
import { expressionOfRule, type AppIdentity, type RuleKind, type WorkflowRule } from './forge-rule';

/** A rule reduced to what it does: this app's expression, or any other rule by its key and parameters. */
const ruleMeaning = (kind: RuleKind, app: AppIdentity, rule: WorkflowRule): string =>
  expressionOfRule(kind, app, rule) ?? JSON.stringify([rule.ruleKey, Object.entries(rule.parameters).sort()]);

const transitionMeaning = (app: AppIdentity, t: TransitionSpec): string =>
  JSON.stringify([
    t.id,
    t.name,
    t.type,
    [...t.fromStatusIds].sort(),
    t.toStatusId,
    t.conditions.map((r) => ruleMeaning('condition', app, r)),
    t.validators.map((r) => ruleMeaning('validator', app, r)),
    t.screenId,
  ]);

/**
 * Whether a workflow that Jira has differs in substance from the one wanted: statuses,
 * transitions, their rules (compared by expression, not by how the configuration JSON is spelt)
 * and screens. Rule ids, layout and descriptions that Jira adds are ignored.
 */
export const workflowDiffers = (app: AppIdentity, wanted: WorkflowSpec, existing: WorkflowSpec): boolean => {
  const statuses = (w: WorkflowSpec) => JSON.stringify([...w.statusIds].sort());
  const transitions = (w: WorkflowSpec) => JSON.stringify(w.transitions.map((t) => transitionMeaning(app, t)).sort());
  return statuses(wanted) !== statuses(existing) || transitions(wanted) !== transitions(existing);
};
