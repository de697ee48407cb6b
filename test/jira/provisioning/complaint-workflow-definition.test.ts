import { complaintWorkflow, transitionId, type TransitionSpec } from '../../../src/jira/provisioning/complaint-workflow-definition';
import { expressionOfRule, RULE_KEYS } from '../../../src/jira/provisioning/forge-rule';
import { inputValidators } from '../../../src/jira/provisioning/input-validators';
import { rolesCondition } from '../../../src/jira/provisioning/role-expressions';
import { TRANSITION_ACTIONS, WORKFLOW, type TransitionAction } from '../../../src/domain/workflow/complaint-workflow';
import { makeConfig } from '../../domain/factories';
import { APP, APP_ACCOUNT_ID, FIELD_IDS, makeWorkflowInputs, SCREEN_IDS, STATUS_IDS } from './provisioning-fixtures';

const workflow = complaintWorkflow(makeWorkflowInputs());
const byName = (name: string): TransitionSpec => {
  const found = workflow.transitions.find((t) => t.name === name);
  if (!found) throw new Error(`No transition ${name}`);
  return found;
};

/**
 * design.md section 3, written out by hand with the fixture's ids: name, from, to, screen, number
 * of validators (a reason: given, and new; a duplicate's key: given, and not the complaint's own;
 * a closing transition's resolution: given).
 */
const EXPECTED: Record<TransitionAction, { name: string; id: string; from: string[]; to: string; screen: string; validators: number }> = {
  start_work: { name: 'Start work', id: '11', from: [STATUS_IDS.registered], to: STATUS_IDS.in_progress, screen: SCREEN_IDS.startWork, validators: 3 },
  mark_done: { name: 'Mark done', id: '21', from: [STATUS_IDS.in_progress], to: STATUS_IDS.measures_done, screen: SCREEN_IDS.markDone, validators: 1 },
  close: { name: 'Close', id: '31', from: [STATUS_IDS.measures_done], to: STATUS_IDS.closed, screen: SCREEN_IDS.close, validators: 4 },
  return_for_rework: { name: 'Return for rework', id: '41', from: [STATUS_IDS.measures_done], to: STATUS_IDS.in_progress, screen: SCREEN_IDS.reason, validators: 2 },
  reopen: { name: 'Reopen', id: '51', from: [STATUS_IDS.closed], to: STATUS_IDS.in_progress, screen: SCREEN_IDS.reason, validators: 2 },
  withdraw: {
    name: 'Withdraw',
    id: '61',
    from: [STATUS_IDS.registered, STATUS_IDS.in_progress, STATUS_IDS.measures_done],
    to: STATUS_IDS.closed,
    screen: SCREEN_IDS.withdraw,
    validators: 3,
  },
  mark_duplicate: {
    name: 'Duplicate',
    id: '71',
    from: [STATUS_IDS.registered, STATUS_IDS.in_progress, STATUS_IDS.measures_done],
    to: STATUS_IDS.closed,
    screen: SCREEN_IDS.duplicate,
    validators: 5,
  },
  // A loop: the lead sets new measures and a new deadline after a return or reopen, on Start work's screen.
  revise_measures: { name: 'Revise measures', id: '81', from: [STATUS_IDS.in_progress], to: STATUS_IDS.in_progress, screen: SCREEN_IDS.startWork, validators: 3 },
};

describe('the complaint workflow generated from the workflow table', () => {
  it('has the four statuses and Register into Registered without rules', () => {
    expect(workflow.statusIds).toEqual(['10100', '3', '10101', '6']);
    expect(workflow.transitions[0]).toEqual({
      id: '1',
      name: 'Register',
      type: 'INITIAL',
      fromStatusIds: [],
      toStatusId: STATUS_IDS.registered,
      conditions: [],
      validators: [],
      screenId: null,
    });
    expect(workflow.transitions).toHaveLength(1 + TRANSITION_ACTIONS.length);
  });

  it.each(TRANSITION_ACTIONS)('%s: its statuses, screen and id as design.md section 3 says', (action) => {
    const want = EXPECTED[action];
    const t = byName(want.name);
    expect([t.id, t.type, t.fromStatusIds, t.toStatusId, t.screenId, t.validators.length]).toEqual([want.id, 'DIRECTED', want.from, want.to, want.screen, want.validators]);
    expect(transitionId(action)).toBe(want.id);
  });

  it.each(TRANSITION_ACTIONS.filter((action) => action !== 'reopen'))('%s: one condition, for the roles of the table', (action) => {
    const t = byName(EXPECTED[action].name);
    const expressions = t.conditions.map((rule) => expressionOfRule('condition', APP, rule));
    expect(expressions).toEqual([
      rolesCondition(WORKFLOW[action].roles, { config: makeConfig(), responsibleFieldId: FIELD_IDS.responsible, subjectFieldId: FIELD_IDS.subjectUser }),
    ]);
    expect(t.conditions[0]?.ruleKey).toBe(RULE_KEYS.condition);
  });

  it('reopen: one condition, for the roles of the table or the app’s own account (which reopens for a customer), never another app’s', () => {
    const [rule] = byName('Reopen').conditions;
    const roles = rolesCondition(WORKFLOW.reopen.roles, { config: makeConfig(), responsibleFieldId: FIELD_IDS.responsible, subjectFieldId: FIELD_IDS.subjectUser });
    expect(byName('Reopen').conditions).toHaveLength(1);
    expect(rule === undefined ? null : expressionOfRule('condition', APP, rule)).toBe(`(${roles}) || user.accountId == '${APP_ACCOUNT_ID}'`);
  });

  it.each(TRANSITION_ACTIONS)('%s: the validators of the inputs the table requires, and of the resolution where it closes', (action) => {
    const t = byName(EXPECTED[action].name);
    const closes = WORKFLOW[action].resolution !== undefined;
    expect(t.validators.map((rule) => expressionOfRule('validator', APP, rule))).toEqual([
      ...inputValidators(WORKFLOW[action].requires, FIELD_IDS).map((v) => v.expression),
      ...(closes ? ["issue.resolution != null ? true : 'Choose the resolution.'"] : []),
    ]);
  });

  it('gives the transitions that close a complaint, and only those, the resolution validator', () => {
    const withResolution = TRANSITION_ACTIONS.filter((action) =>
      byName(EXPECTED[action].name).validators.some((rule) => expressionOfRule('validator', APP, rule)?.includes('issue.resolution') === true),
    );
    expect(withResolution).toEqual(['close', 'withdraw', 'mark_duplicate']);
  });

  it('names the Forge rule modules of this installation', () => {
    expect(byName('Close').validators[0]?.parameters.key).toBe('ari:cloud:ecosystem::extension/a1b2/e3f4/static/complaint-validator');
    expect(byName('Close').conditions[0]?.parameters.key).toBe('ari:cloud:ecosystem::extension/a1b2/e3f4/static/complaint-condition');
  });

  it('follows the configuration: another advocate group changes the Close condition', () => {
    const other = complaintWorkflow(makeWorkflowInputs({ config: makeConfig({ groups: { advocate: 'champions', manager: 'complaint-managers' } }) }));
    const close = other.transitions.find((t) => t.name === 'Close');
    expect(expressionOfRule('condition', APP, close?.conditions[0] ?? { ruleKey: '', parameters: {} })).toContain("user.groups.includes('champions')");
  });
});
