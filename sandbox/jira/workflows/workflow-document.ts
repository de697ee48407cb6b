import { randomUUID } from 'node:crypto';
import { isRecord } from '../json-value';
import type { JiraSite } from '../jira-site';
import type { StatusCategory } from '../store/status-store';
import type { ConditionGroup, TransitionRecord, WorkflowRule, WorkflowStatusRecord } from '../store/workflow-store';
import { ruleProblem, type RulePlace } from './rule-catalog';
import { validationError, type WorkflowValidationError } from './workflow-validation-error';

const CATEGORIES: readonly StatusCategory[] = ['TODO', 'IN_PROGRESS', 'DONE'];
const TRANSITION_TYPES = ['INITIAL', 'GLOBAL', 'DIRECTED'] as const;

/** A status named in a payload's top-level `statuses`: an existing one (by id) or one to create. */
export interface StatusPlan {
  readonly statusReference: string;
  readonly existingId: string | null;
  readonly name: string;
  readonly category: StatusCategory;
  readonly description: string;
}

/**
 * One workflow of a payload, checked. Until the new statuses exist, status ids in `statuses` and
 * `transitions` are the payload's status references; `resolveStatuses` turns them into ids.
 */
export interface WorkflowDocument {
  readonly statuses: readonly WorkflowStatusRecord[];
  readonly transitions: readonly TransitionRecord[];
}

export interface Parsed<T> {
  readonly value: T;
  readonly errors: readonly WorkflowValidationError[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const records = (value: unknown): Readonly<Record<string, unknown>>[] => (Array.isArray(value) ? value.map((item: unknown) => (isRecord(item) ? item : {})) : []);

/** Rule parameters are strings on the wire; numbers and booleans are taken as their text. */
function stringParameters(raw: unknown): Record<string, string> | null {
  if (raw === undefined) return {};
  if (!isRecord(raw)) return null;
  const parameters: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') parameters[key] = String(value);
    else return null;
  }
  return parameters;
}

/** The payload's top-level statuses, keyed by reference; new names must be free in the scope. */
export function parseStatusPlans(site: JiraSite, raw: unknown, projectId: string | null): Parsed<Map<string, StatusPlan>> {
  const plans = new Map<string, StatusPlan>();
  const errors: WorkflowValidationError[] = [];
  for (const entry of records(raw)) {
    const statusReference = text(entry.statusReference);
    const element = { statusReference };
    const id = text(entry.id);
    const existing = id === '' ? null : site.statuses.byId(id);
    const name = text(entry.name).trim();
    const category = CATEGORIES.find((candidate) => candidate === entry.statusCategory);
    if (statusReference === '') errors.push(validationError('STATUS', 'MISSING_STATUS_REFERENCE', 'Every status needs a statusReference.'));
    else if (plans.has(statusReference)) errors.push(validationError('STATUS', 'DUPLICATE_STATUS_REFERENCE', `The status reference '${statusReference}' is used twice.`, element));
    if (id !== '' && existing === null) errors.push(validationError('STATUS', 'STATUS_NOT_FOUND', `The status with ID '${id}' does not exist.`, element));
    if (name === '' || category === undefined) errors.push(validationError('STATUS', 'INVALID_STATUS', 'A status needs a name and a statusCategory of TODO, IN_PROGRESS or DONE.', element));
    if (id === '' && name !== '' && site.statuses.byName(name, projectId) !== null) {
      errors.push(validationError('STATUS', 'NON_UNIQUE_STATUS_NAME', `A status with the name '${name}' already exists; give its id to use it.`, element));
    }
    plans.set(statusReference, {
      statusReference,
      existingId: existing?.id ?? null,
      name: existing?.name ?? name,
      category: existing?.category ?? category ?? 'TODO',
      description: existing?.description ?? text(entry.description),
    });
  }
  return { value: plans, errors };
}

function parseRule(site: JiraSite, raw: unknown, place: RulePlace, transitionId: string, errors: WorkflowValidationError[]): WorkflowRule {
  const entry = isRecord(raw) ? raw : {};
  const id = text(entry.id) || randomUUID();
  const ruleKey = text(entry.ruleKey);
  const parameters = stringParameters(entry.parameters);
  const problem = parameters === null ? 'Rule parameters must be an object of strings.' : ruleProblem(site, place, ruleKey, parameters);
  if (problem !== null) errors.push(validationError('RULE', 'INVALID_RULE', problem, { transitionId, ruleId: id }));
  return { id, ruleKey, parameters: parameters ?? {} };
}

function parseConditionGroup(site: JiraSite, raw: unknown, transitionId: string, errors: WorkflowValidationError[]): ConditionGroup {
  const entry = isRecord(raw) ? raw : {};
  const operation = entry.operation === 'ANY' ? 'ANY' : 'ALL';
  if (entry.operation !== undefined && entry.operation !== 'ALL' && entry.operation !== 'ANY') {
    errors.push(validationError('TRANSITION', 'INVALID_OPERATION', 'A condition group operation must be ALL or ANY.', { transitionId }));
  }
  return {
    operation,
    conditions: (Array.isArray(entry.conditions) ? entry.conditions : []).map((rule: unknown) => parseRule(site, rule, 'condition', transitionId, errors)),
    conditionGroups: records(entry.conditionGroups).map((group) => parseConditionGroup(site, group, transitionId, errors)),
  };
}

const isEmptyGroup = (group: ConditionGroup): boolean => group.conditions.length === 0 && group.conditionGroups.every(isEmptyGroup);

function parseTransition(site: JiraSite, entry: Readonly<Record<string, unknown>>, references: ReadonlySet<string>, errors: WorkflowValidationError[]): TransitionRecord {
  const id = text(entry.id);
  const element = { transitionId: id };
  const type = TRANSITION_TYPES.find((candidate) => candidate === entry.type);
  const name = text(entry.name).trim();
  if (!/^\d+$/.test(id)) errors.push(validationError('TRANSITION', 'MISSING_REQUIRED_FIELD', 'Every transition needs a numeric id.', element));
  if (type === undefined) errors.push(validationError('TRANSITION', 'INVALID_TRANSITION_TYPE', 'A transition type must be INITIAL, GLOBAL or DIRECTED.', element));
  if (name === '') errors.push(validationError('TRANSITION', 'MISSING_TRANSITION_NAME', 'Every transition needs a name.', element));
  const toStatusId = text(entry.toStatusReference);
  if (!references.has(toStatusId)) errors.push(validationError('TRANSITION', 'INVALID_TO_STATUS', `The transition goes to '${toStatusId}', which is not a status of the workflow.`, element));
  const fromStatusIds = records(entry.links).map((link) => text(link.fromStatusReference)).filter((ref) => ref !== '');
  const strayFrom = fromStatusIds.find((ref) => !references.has(ref));
  if (strayFrom !== undefined) errors.push(validationError('TRANSITION', 'INVALID_FROM_STATUS', `The transition starts from '${strayFrom}', which is not a status of the workflow.`, element));
  if (type === 'DIRECTED' && fromStatusIds.length === 0) errors.push(validationError('TRANSITION', 'MISSING_FROM_STATUS', 'A DIRECTED transition needs at least one link from a status.', element));
  if (type !== 'DIRECTED' && fromStatusIds.length > 0) errors.push(validationError('TRANSITION', 'UNEXPECTED_LINKS', `A ${type ?? ''} transition has no from statuses.`, element));
  const conditions = entry.conditions === undefined || entry.conditions === null ? null : parseConditionGroup(site, entry.conditions, id, errors);
  if (type === 'INITIAL' && conditions !== null && !isEmptyGroup(conditions)) {
    errors.push(validationError('TRANSITION', 'CONDITIONS_ON_INITIAL', 'The initial transition cannot have conditions.', element));
  }
  const screen = entry.transitionScreen === undefined || entry.transitionScreen === null ? null : parseRule(site, entry.transitionScreen, 'screen', id, errors);
  return {
    id,
    name,
    description: text(entry.description),
    type: type ?? 'DIRECTED',
    fromStatusIds: [...new Set(fromStatusIds)],
    toStatusId,
    screenId: screen?.parameters.screenId ?? null,
    rules: {
      conditions: conditions === null || isEmptyGroup(conditions) ? null : conditions,
      validators: (Array.isArray(entry.validators) ? entry.validators : []).map((rule: unknown) => parseRule(site, rule, 'validator', id, errors)),
      actions: (Array.isArray(entry.actions) ? entry.actions : []).map((rule: unknown) => parseRule(site, rule, 'action', id, errors)),
    },
    properties: stringParameters(entry.properties) ?? {},
  };
}

/** One workflow's statuses and transitions, checked against the payload's top-level statuses. */
export function parseWorkflowDocument(site: JiraSite, workflow: Readonly<Record<string, unknown>>, plans: ReadonlyMap<string, StatusPlan>): Parsed<WorkflowDocument> {
  const errors: WorkflowValidationError[] = [];
  const statuses: WorkflowStatusRecord[] = [];
  for (const entry of records(workflow.statuses)) {
    const statusReference = text(entry.statusReference);
    if (!plans.has(statusReference)) {
      errors.push(validationError('STATUS', 'STATUS_NOT_DEFINED', `The status reference '${statusReference}' is not among the payload's statuses.`, { statusReference }));
    } else if (statuses.some((status) => status.statusId === statusReference)) {
      errors.push(validationError('STATUS', 'DUPLICATE_STATUS', `The status '${statusReference}' is in the workflow twice.`, { statusReference }));
    } else {
      statuses.push({ statusId: statusReference, statusReference, properties: stringParameters(entry.properties) ?? {} });
    }
  }
  const references = new Set(statuses.map((status) => status.statusId));
  const transitions = records(workflow.transitions).map((entry) => parseTransition(site, entry, references, errors));
  if (transitions.filter((transition) => transition.type === 'INITIAL').length !== 1) {
    errors.push(validationError('WORKFLOW', 'INVALID_INITIAL_TRANSITION', 'A workflow needs exactly one INITIAL transition.'));
  }
  const ids = transitions.map((transition) => transition.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) errors.push(validationError('TRANSITION', 'DUPLICATE_TRANSITION_ID', `The transition id '${duplicate}' is used twice.`, { transitionId: duplicate }));
  return { value: { statuses, transitions }, errors };
}

/** The document with status references replaced by the statuses' ids; Jira answers with the ids as references from then on. */
export function resolveStatuses(document: WorkflowDocument, idOf: (reference: string) => string): WorkflowDocument {
  return {
    statuses: document.statuses.map((status) => ({ ...status, statusId: idOf(status.statusId), statusReference: idOf(status.statusId) })),
    transitions: document.transitions.map((transition) => ({
      ...transition,
      fromStatusIds: transition.fromStatusIds.map(idOf),
      toStatusId: idOf(transition.toStatusId),
    })),
  };
}
