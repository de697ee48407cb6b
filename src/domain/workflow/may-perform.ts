import type { ComplaintStatus } from '../complaint';
import { checkInput, type ActionInput, type InputContext, type InputProblem } from './action-input';
import { WORKFLOW, type ComplaintAction, type RequiredInput } from './complaint-workflow';
import type { Role } from './roles';

export type Denial =
  | { readonly code: 'wrong_status'; readonly status: ComplaintStatus | null; readonly allowedFrom: readonly ComplaintStatus[] | null }
  | { readonly code: 'role_not_allowed'; readonly allowedRoles: readonly Role[] }
  | { readonly code: 'invalid_input'; readonly input: RequiredInput; readonly problem: InputProblem };

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly denial: Denial };

export interface ActionQuery extends InputContext {
  readonly action: ComplaintAction;
  readonly roles: readonly Role[];
  /** Current status; `null` before the complaint exists. */
  readonly status: ComplaintStatus | null;
  readonly input: ActionInput;
}

const ALLOWED: Decision = { allowed: true };

/**
 * May a person with these roles do this action on a complaint in this status with this input?
 * Checks run in the order a person would fix them: status, then role, then each input.
 */
export const mayPerform = (q: ActionQuery): Decision => {
  const rule = WORKFLOW[q.action];
  const statusOk = rule.from === null ? q.status === null : q.status !== null && rule.from.includes(q.status);
  if (!statusOk) return { allowed: false, denial: { code: 'wrong_status', status: q.status, allowedFrom: rule.from } };
  if (!rule.roles.some((r) => q.roles.includes(r))) {
    return { allowed: false, denial: { code: 'role_not_allowed', allowedRoles: rule.roles } };
  }
  for (const input of rule.requires) {
    const problem = checkInput(input, q.input, q);
    if (problem) return { allowed: false, denial: { code: 'invalid_input', input, problem } };
  }
  return ALLOWED;
};

/** The actions a person may start from this status with their roles, before any input: what the panel offers. */
export const availableActions = (roles: readonly Role[], status: ComplaintStatus): ComplaintAction[] =>
  (Object.keys(WORKFLOW) as ComplaintAction[]).filter((action) => {
    const rule = WORKFLOW[action];
    return rule.from?.includes(status) === true && rule.roles.some((r) => roles.includes(r));
  });
