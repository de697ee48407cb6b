import { STATUSES, type ComplaintStatus } from '../../../src/domain/complaint';
import { inputContextOf, type ActionInput } from '../../../src/domain/workflow/action-input';
import { makeConfig } from '../factories';
import { WORKFLOW, isTransition, type ComplaintAction } from '../../../src/domain/workflow/complaint-workflow';
import { availableActions, mayPerform } from '../../../src/domain/workflow/may-perform';
import { ROLES, type Role } from '../../../src/domain/workflow/roles';

const TODAY = '2026-03-02';
const ctx = { today: TODAY, departmentIds: ['billing', 'delivery'] };

/** A complete, valid input for every action, so that only status and role decide. */
const VALID: ActionInput = {
  measures: 'Refund the duplicate charge',
  measuresDeadline: '2026-03-06',
  actionTaken: 'Refunded on 4 March',
  satisfaction: 4,
  consideredResolved: true,
  callNotes: 'Customer happy with the refund',
  reason: 'Customer asked for it',
  duplicateOf: 'CMP-12',
  department: 'delivery',
  compensation: 25,
};

/** Who may do what, from design.md section 3, written out by hand (not derived from WORKFLOW). */
const EXPECTED: Record<ComplaintAction, { from: (ComplaintStatus | null)[]; roles: Role[] }> = {
  register: { from: [null], roles: ['registrar'] },
  start_work: { from: ['registered'], roles: ['responsible', 'advocate'] },
  mark_done: { from: ['in_progress'], roles: ['responsible'] },
  close: { from: ['measures_done'], roles: ['advocate'] },
  return_for_rework: { from: ['measures_done'], roles: ['advocate'] },
  reopen: { from: ['closed'], roles: ['advocate', 'manager'] },
  withdraw: { from: ['registered', 'in_progress', 'measures_done'], roles: ['advocate'] },
  mark_duplicate: { from: ['registered', 'in_progress', 'measures_done'], roles: ['advocate'] },
  revise_measures: { from: ['in_progress'], roles: ['responsible', 'advocate'] },
  reroute: { from: ['registered', 'in_progress', 'measures_done'], roles: ['advocate'] },
  nudge: { from: ['registered', 'in_progress', 'measures_done'], roles: ['advocate'] },
  open_follow_up: { from: ['closed'], roles: ['advocate'] },
  record_compensation: { from: ['registered', 'in_progress', 'measures_done', 'closed'], roles: ['responsible', 'advocate'] },
};

const ALL_STATUSES: (ComplaintStatus | null)[] = [null, ...STATUSES];
const actions = Object.keys(EXPECTED) as ComplaintAction[];

describe('mayPerform: every action × every status × every role', () => {
  const cases = actions.flatMap((action) =>
    ALL_STATUSES.flatMap((status) => ROLES.map((role) => ({ action, status, role }))),
  );

  it.each(cases)('$action from $status as $role', ({ action, status, role }) => {
    const decision = mayPerform({ action, roles: [role], status, input: VALID, ...ctx });
    const exp = EXPECTED[action];
    if (!exp.from.includes(status)) {
      expect(decision).toEqual({ allowed: false, denial: { code: 'wrong_status', status, allowedFrom: WORKFLOW[action].from } });
    } else if (!exp.roles.includes(role)) {
      expect(decision).toEqual({ allowed: false, denial: { code: 'role_not_allowed', allowedRoles: exp.roles } });
    } else {
      expect(decision).toEqual({ allowed: true });
    }
  });

  it('covers every action the workflow defines', () => {
    expect(Object.keys(WORKFLOW).sort()).toEqual([...actions].sort());
  });
});

describe('mayPerform: required inputs', () => {
  const asAdvocateAndResponsible: Role[] = ['advocate', 'responsible'];
  const table: { action: ComplaintAction; status: ComplaintStatus; input: ActionInput; input_: string; problem: string }[] = [
    { action: 'start_work', status: 'registered', input: { ...VALID, measures: '  ' }, input_: 'measures', problem: 'missing' },
    { action: 'start_work', status: 'registered', input: { ...VALID, measuresDeadline: undefined }, input_: 'measuresDeadline', problem: 'missing' },
    { action: 'start_work', status: 'registered', input: { ...VALID, measuresDeadline: '2026-03-01' }, input_: 'measuresDeadline', problem: 'deadline_in_past' },
    { action: 'start_work', status: 'registered', input: { ...VALID, measuresDeadline: '2026-02-30' }, input_: 'measuresDeadline', problem: 'bad_format' },
    { action: 'start_work', status: 'registered', input: { ...VALID, measuresDeadline: '6 March' }, input_: 'measuresDeadline', problem: 'bad_format' },
    { action: 'mark_done', status: 'in_progress', input: { ...VALID, actionTaken: '' }, input_: 'actionTaken', problem: 'missing' },
    { action: 'close', status: 'measures_done', input: { ...VALID, satisfaction: undefined }, input_: 'satisfaction', problem: 'missing' },
    { action: 'close', status: 'measures_done', input: { ...VALID, satisfaction: 0 }, input_: 'satisfaction', problem: 'out_of_range' },
    { action: 'close', status: 'measures_done', input: { ...VALID, satisfaction: 6 }, input_: 'satisfaction', problem: 'out_of_range' },
    { action: 'close', status: 'measures_done', input: { ...VALID, satisfaction: 3.5 }, input_: 'satisfaction', problem: 'out_of_range' },
    { action: 'close', status: 'measures_done', input: { ...VALID, consideredResolved: undefined }, input_: 'consideredResolved', problem: 'missing' },
    { action: 'close', status: 'measures_done', input: { ...VALID, callNotes: undefined }, input_: 'callNotes', problem: 'missing' },
    { action: 'return_for_rework', status: 'measures_done', input: { ...VALID, reason: '' }, input_: 'reason', problem: 'missing' },
    { action: 'reopen', status: 'closed', input: { ...VALID, reason: undefined }, input_: 'reason', problem: 'missing' },
    { action: 'mark_duplicate', status: 'in_progress', input: { ...VALID, duplicateOf: undefined }, input_: 'duplicateOf', problem: 'missing' },
    { action: 'mark_duplicate', status: 'in_progress', input: { ...VALID, duplicateOf: 'cmp-12' }, input_: 'duplicateOf', problem: 'bad_format' },
    { action: 'reroute', status: 'registered', input: { ...VALID, department: 'legal' }, input_: 'department', problem: 'unknown_department' },
    { action: 'reroute', status: 'registered', input: { ...VALID, department: undefined }, input_: 'department', problem: 'missing' },
    { action: 'record_compensation', status: 'closed', input: { ...VALID, compensation: -1 }, input_: 'compensation', problem: 'out_of_range' },
    { action: 'record_compensation', status: 'closed', input: { ...VALID, compensation: Number.NaN }, input_: 'compensation', problem: 'out_of_range' },
    { action: 'record_compensation', status: 'closed', input: { ...VALID, compensation: undefined }, input_: 'compensation', problem: 'missing' },
  ];

  it.each(table)('$action rejects $input_ ($problem)', ({ action, status, input, input_, problem }) => {
    expect(mayPerform({ action, roles: asAdvocateAndResponsible, status, input, ...ctx })).toEqual({
      allowed: false,
      denial: { code: 'invalid_input', input: input_, problem },
    });
  });

  it('refuses a complaint as the duplicate of itself, and accepts another key', () => {
    const own = { ...ctx, issueKey: 'CMP-12' };
    const duplicate = (duplicateOf: string) => mayPerform({ action: 'mark_duplicate', roles: ['advocate'], status: 'in_progress', input: { ...VALID, duplicateOf }, ...own });
    expect(duplicate('CMP-12')).toEqual({ allowed: false, denial: { code: 'invalid_input', input: 'duplicateOf', problem: 'same_complaint' } });
    expect(duplicate('CMP-13')).toEqual({ allowed: true });
  });

  it('accepts a deadline of today', () => {
    const decision = mayPerform({ action: 'start_work', roles: ['responsible'], status: 'registered', input: { ...VALID, measuresDeadline: TODAY }, ...ctx });
    expect(decision).toEqual({ allowed: true });
  });

  it('checks status before role and role before input', () => {
    const wrongEverything = mayPerform({ action: 'close', roles: ['responsible'], status: 'registered', input: {}, ...ctx });
    expect(wrongEverything).toMatchObject({ allowed: false, denial: { code: 'wrong_status' } });
    const wrongRoleAndInput = mayPerform({ action: 'close', roles: ['responsible'], status: 'measures_done', input: {}, ...ctx });
    expect(wrongRoleAndInput).toMatchObject({ allowed: false, denial: { code: 'role_not_allowed' } });
  });
});

describe('availableActions', () => {
  it.each([
    { roles: ['responsible'] as Role[], status: 'registered' as const, expected: ['start_work', 'record_compensation'] },
    { roles: ['responsible'] as Role[], status: 'measures_done' as const, expected: ['record_compensation'] },
    {
      roles: ['advocate'] as Role[],
      status: 'measures_done' as const,
      expected: ['close', 'return_for_rework', 'withdraw', 'mark_duplicate', 'reroute', 'nudge', 'record_compensation'],
    },
    { roles: ['manager'] as Role[], status: 'closed' as const, expected: ['reopen'] },
    { roles: ['registrar'] as Role[], status: 'in_progress' as const, expected: [] },
  ])('$roles on $status', ({ roles, status, expected }) => {
    expect(availableActions(roles, status)).toEqual(expected);
  });
});

describe('workflow table', () => {
  it('gives every transition a Jira name and a target status, and no app action a target besides register', () => {
    for (const [action, rule] of Object.entries(WORKFLOW) as [ComplaintAction, (typeof WORKFLOW)[ComplaintAction]][]) {
      if (isTransition(action)) {
        expect(rule.transitionName).toEqual(expect.any(String));
        expect(rule.to).toBeDefined();
      } else {
        expect(rule.transitionName).toBeUndefined();
        expect(rule.to === undefined || action === 'register').toBe(true);
      }
    }
  });

  it('resolves Close as done, Withdraw as withdrawn and Duplicate as duplicate', () => {
    expect([WORKFLOW.close.resolution, WORKFLOW.withdraw.resolution, WORKFLOW.mark_duplicate.resolution]).toEqual([
      'done',
      'withdrawn',
      'duplicate',
    ]);
  });
});

describe('inputContextOf', () => {
  it('takes today in the business time zone, the configured departments and the complaint’s own key', () => {
    const base = makeConfig();
    const config = { ...base, calendar: { ...base.calendar, timeZone: 'America/New_York' } };
    // 03:30 UTC on 5 December is still 4 December in New York.
    expect(inputContextOf(config, Date.UTC(2026, 11, 5, 3, 30), 'CMP-7')).toEqual({ today: '2026-12-04', departmentIds: ['billing', 'delivery', 'support'], issueKey: 'CMP-7' });
    expect(inputContextOf(config, Date.UTC(2026, 11, 5, 3, 30))).toEqual({ today: '2026-12-04', departmentIds: ['billing', 'delivery', 'support'] });
  });
});
