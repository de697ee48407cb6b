import type { ComplaintStatus, Resolution } from '../complaint';
import type { Role } from './roles';

/** Transitions of the provisioned Jira workflow (design.md section 3). */
export const TRANSITION_ACTIONS = [
  'start_work',
  'mark_done',
  'close',
  'return_for_rework',
  'reopen',
  'withdraw',
  'mark_duplicate',
  // Last, so that the transition ids of the others stay as provisioned sites have them.
  'revise_measures',
] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** App actions that are not transitions: they leave the status alone. */
export const APP_ACTIONS = ['register', 'reroute', 'nudge', 'open_follow_up', 'record_compensation'] as const;
export type AppAction = (typeof APP_ACTIONS)[number];

export type ComplaintAction = TransitionAction | AppAction;

/** Inputs that an action may require; the names are the panel's and the transition screens' fields. */
export const REQUIRED_INPUTS = [
  'measures',
  'measuresDeadline',
  'actionTaken',
  'satisfaction',
  'consideredResolved',
  'callNotes',
  'reason',
  'duplicateOf',
  'department',
  'compensation',
] as const;
export type RequiredInput = (typeof REQUIRED_INPUTS)[number];

export interface ActionRule {
  /** The Jira transition name; absent for app actions. */
  readonly transitionName?: string;
  /** Statuses the action starts from; `null` means the complaint does not exist yet. */
  readonly from: readonly ComplaintStatus[] | null;
  /** Target status; absent for app actions, which keep the status. */
  readonly to?: ComplaintStatus;
  readonly roles: readonly Role[];
  readonly requires: readonly RequiredInput[];
  readonly resolution?: Resolution;
  /**
   * The app's own account may take the transition too, for a customer who may not act in Jira:
   * Reopen, when the customer says on the portal that the closed complaint is not resolved.
   */
  readonly forCustomers?: boolean;
}

const OPEN: readonly ComplaintStatus[] = ['registered', 'in_progress', 'measures_done'];

/** Who sets the measures and their deadline, and what they give: when work starts, and again after a return or reopen. */
const SETTING_MEASURES: Pick<ActionRule, 'roles' | 'requires'> = { roles: ['responsible', 'advocate'], requires: ['measures', 'measuresDeadline'] };

/**
 * The workflow as data. The resolvers check it, and the provisioning generates the Jira
 * workflow's conditions and validators from it, so the rules are written once.
 */
export const WORKFLOW: Readonly<Record<ComplaintAction, ActionRule>> = {
  // Anyone may register; without a department the complaint goes to triage instead of failing.
  register: { from: null, to: 'registered', roles: ['registrar'], requires: [] },
  start_work: {
    transitionName: 'Start work',
    from: ['registered'],
    to: 'in_progress',
    ...SETTING_MEASURES,
  },
  mark_done: {
    transitionName: 'Mark done',
    from: ['in_progress'],
    to: 'measures_done',
    roles: ['responsible'],
    requires: ['actionTaken'],
  },
  close: {
    transitionName: 'Close',
    from: ['measures_done'],
    to: 'closed',
    roles: ['advocate'],
    requires: ['satisfaction', 'consideredResolved', 'callNotes'],
    resolution: 'done',
  },
  return_for_rework: {
    transitionName: 'Return for rework',
    from: ['measures_done'],
    to: 'in_progress',
    roles: ['advocate'],
    requires: ['reason'],
  },
  reopen: {
    transitionName: 'Reopen',
    from: ['closed'],
    to: 'in_progress',
    roles: ['advocate', 'manager'],
    requires: ['reason'],
    forCustomers: true,
  },
  withdraw: {
    transitionName: 'Withdraw',
    from: OPEN,
    to: 'closed',
    roles: ['advocate'],
    requires: ['reason'],
    resolution: 'withdrawn',
  },
  mark_duplicate: {
    transitionName: 'Duplicate',
    from: OPEN,
    to: 'closed',
    roles: ['advocate'],
    requires: ['reason', 'duplicateOf'],
    resolution: 'duplicate',
  },
  // After a return or reopen the lead sets new measures and a new deadline without leaving In progress:
  // a looped transition, which Jira allows (its target is its own status).
  revise_measures: {
    transitionName: 'Revise measures',
    from: ['in_progress'],
    to: 'in_progress',
    ...SETTING_MEASURES,
  },
  reroute: { from: OPEN, roles: ['advocate'], requires: ['reason', 'department'] },
  nudge: { from: OPEN, roles: ['advocate'], requires: [] },
  open_follow_up: { from: ['closed'], roles: ['advocate'], requires: ['reason'] },
  // Compensation may be agreed at any point, also after closing (design.md section 2).
  record_compensation: {
    from: [...OPEN, 'closed'],
    roles: ['responsible', 'advocate'],
    requires: ['compensation'],
  },
};

export const isTransition = (action: ComplaintAction): action is TransitionAction =>
  (TRANSITION_ACTIONS as readonly string[]).includes(action);
