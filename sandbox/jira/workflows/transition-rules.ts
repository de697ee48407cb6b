import { adfToText, isAdfDocument, textToAdf } from '../fields/adf';
import { allFields } from '../fields/field-catalog';
import { parseFieldInput } from '../fields/field-input';
import type { Value } from '../expressions';
import type { Caller } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import { PERMISSIONS, type ProjectPermission } from '../permissions/permission-catalog';
import type { IssueRecord, StoredFields } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import type { ConditionGroup, TransitionRecord, WorkflowRecord, WorkflowRule } from '../store/workflow-store';
import { issueObject, projectObject, transitionObject, userObject, workflowObject } from './expression-objects';
import { expressionOf, forgeRuleOf, runExpression } from './forge-expression-rule';
import { listParameter, RULE_KEYS } from './rule-catalog';

/** One attempt to take a transition: who, on what, and the issue before and after the transition screen's edits. */
export interface TransitionRun {
  readonly site: JiraSite;
  readonly caller: Caller;
  readonly project: ProjectRecord;
  readonly workflow: WorkflowRecord;
  readonly transition: TransitionRecord;
  readonly original: IssueRecord;
  readonly edited: IssueRecord;
}

// Jira's own wording is not documented for these defaults; they say what failed.
const DEFAULT_VALIDATOR_MESSAGE = 'The transition failed validation.';
const PERMISSION_MESSAGE = 'You do not have permission to perform this transition.';

const variablesOf = (run: TransitionRun): Record<string, Value> => ({
  issue: issueObject(run.site, run.project, run.edited),
  originalIssue: issueObject(run.site, run.project, run.original),
  user: userObject(run.site, run.caller.user),
  project: projectObject(run.project),
  transition: transitionObject(run.site, run.transition, String(run.original.fields.status)),
  workflow: workflowObject(run.workflow),
});

const isProjectPermission = (key: string | undefined): key is ProjectPermission =>
  PERMISSIONS.some((permission) => permission.key === key && permission.type === 'PROJECT');

function restrictionAllows(run: TransitionRun, parameters: Readonly<Record<string, string>>): boolean {
  const me = run.caller.user.accountId;
  const { fields } = run.original;
  const accounts = listParameter(parameters.accountIds).some(
    (id) => (id === 'allow-assignee' && fields.assignee === me) || (id === 'allow-reporter' && fields.reporter === me) || id === me,
  );
  const myGroups = new Set(run.site.users.groupsOf(me).map((group) => group.groupId));
  const groups = listParameter(parameters.groupIds).some((groupId) => myGroups.has(groupId));
  const permissions = listParameter(parameters.permissionKeys).some(
    (key) => isProjectPermission(key) && run.site.permissions.hasProject(run.caller, run.project, key, run.original),
  );
  return accounts || groups || permissions;
}

function conditionHolds(run: TransitionRun, rule: WorkflowRule, variables: () => Record<string, Value>): boolean {
  if (rule.ruleKey === RULE_KEYS.restrictTransition) return restrictionAllows(run, rule.parameters);
  const forge = forgeRuleOf(run.site, rule);
  if (forge === null) return false;
  // A condition holds only when its expression returns true; an error or any other value hides the transition.
  const outcome = runExpression(run.site, expressionOf(forge), variables(), forge.config, run.caller.user.timeZone);
  return outcome.ok && outcome.value === true;
}

function groupHolds(run: TransitionRun, group: ConditionGroup, variables: () => Record<string, Value>): boolean {
  const results = [
    ...group.conditions.map((rule) => () => conditionHolds(run, rule, variables)),
    ...group.conditionGroups.map((inner) => () => groupHolds(run, inner, variables)),
  ];
  return group.operation === 'ALL' ? results.every((holds) => holds()) : results.some((holds) => holds());
}

/** Whether the transition's conditions let the caller see and take it. */
export function conditionsHold(run: TransitionRun): boolean {
  const { conditions } = run.transition.rules;
  if (conditions === null) return true;
  let variables: Record<string, Value> | null = null;
  return groupHolds(run, conditions, () => (variables ??= variablesOf(run)));
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (isAdfDocument(value) && adfToText(value).trim() === '');

function fieldRequiredFailure(run: TransitionRun, parameters: Readonly<Record<string, string>>): string | null {
  const definitions = allFields(run.site.customFields.all());
  for (const fieldId of listParameter(parameters.fieldsRequired)) {
    const custom = fieldId.startsWith('customfield_');
    const applies = !custom || run.site.fieldContexts.applicable(fieldId, run.project.id, String(run.edited.fields.issuetype)) !== null;
    if (!applies && parameters.ignoreContext === 'true') continue;
    if (isEmpty(run.edited.fields[fieldId])) {
      return parameters.errorMessage ?? `${definitions.find((def) => def.id === fieldId)?.name ?? fieldId} is required.`;
    }
  }
  return null;
}

function forgeValidatorFailure(run: TransitionRun, rule: WorkflowRule, variables: Record<string, Value>): string | null {
  const forge = forgeRuleOf(run.site, rule);
  if (forge === null) return DEFAULT_VALIDATOR_MESSAGE;
  const timeZone = run.caller.user.timeZone;
  const outcome = runExpression(run.site, expressionOf(forge), variables, forge.config, timeZone);
  if (outcome.ok && outcome.value === true) return null;
  // A string result is the message; false, errors and other values fail with the module's message.
  if (outcome.ok && typeof outcome.value === 'string') return outcome.value;
  const { errorExpression, errorMessage } = forge.extension;
  if (errorExpression !== null) {
    const message = runExpression(run.site, errorExpression, variables, forge.config, timeZone);
    if (message.ok && typeof message.value === 'string') return message.value;
  }
  return errorMessage ?? DEFAULT_VALIDATOR_MESSAGE;
}

/** The message of the first validator that fails, in the transition's order; null when all pass. */
export function firstValidatorFailure(run: TransitionRun): string | null {
  const variables = variablesOf(run);
  for (const rule of run.transition.rules.validators) {
    const failure =
      rule.ruleKey === RULE_KEYS.validateFieldValue
        ? fieldRequiredFailure(run, rule.parameters)
        : rule.ruleKey === RULE_KEYS.checkPermission
          ? isProjectPermission(rule.parameters.permissionKey) && run.site.permissions.hasProject(run.caller, run.project, rule.parameters.permissionKey, run.original)
            ? null
            : PERMISSION_MESSAGE
          : forgeValidatorFailure(run, rule, variables);
    if (failure !== null) return failure;
  }
  return null;
}

/** `system:update-field`'s string value as the field's input: an id for references, a document for rich text. */
function updateFieldChange(run: TransitionRun, parameters: Readonly<Record<string, string>>): StoredFields {
  const def = allFields(run.site.customFields.all()).find((candidate) => candidate.id === parameters.field);
  const raw = parameters.value ?? '';
  if (def === undefined) return {};
  if (raw === '') return { [def.id]: null };
  const current = run.edited.fields[def.id];
  const appended = parameters.mode === 'append' && typeof current === 'string' ? current + raw : raw;
  const input =
    def.kind === 'number' ? Number(raw)
    : def.kind === 'text' ? textToAdf(appended)
    : ['option', 'priority', 'resolution'].includes(def.kind) ? { id: raw }
    : def.kind === 'user' ? { accountId: raw }
    : appended;
  const parsed = parseFieldInput(def, input, { site: run.site, apiVersion: 3, project: run.project, issueTypeId: String(run.edited.fields.issuetype) });
  return parsed.ok ? { [def.id]: parsed.value } : {};
}

function assigneeChange(run: TransitionRun, parameters: Readonly<Record<string, string>>): StoredFields {
  switch (parameters.type) {
    case 'to-unassigned':
    case 'to-default-user':
      return { assignee: null };
    case 'to-current-user':
      return { assignee: run.caller.user.accountId };
    case 'to-reporter':
      return { assignee: run.edited.fields.reporter ?? null };
    default:
      return { assignee: parameters.accountId ?? null };
  }
}

/** What the transition's post functions change, applied in their order on top of the screen's edits. */
export function postFunctionChanges(run: TransitionRun): StoredFields {
  let changes: StoredFields = {};
  for (const rule of run.transition.rules.actions) {
    const current = { ...run, edited: { ...run.edited, fields: { ...run.edited.fields, ...changes } } };
    const next = rule.ruleKey === RULE_KEYS.updateField ? updateFieldChange(current, rule.parameters) : assigneeChange(current, rule.parameters);
    changes = { ...changes, ...next };
  }
  return changes;
}
