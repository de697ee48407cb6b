import { evaluate, ExprCalendarDate, JiraObject, parseExpression, type Value } from '../../../sandbox/jira/expressions';
import { complaintWorkflow } from '../../../src/jira/provisioning/complaint-workflow-definition';
import { expressionOfRule } from '../../../src/jira/provisioning/forge-rule';
import { makeConfig } from '../../domain/factories';
import { APP, FIELD_IDS, makeWorkflowInputs } from '../../jira/provisioning/provisioning-fixtures';

/*
 * Every expression Set up project generates, run by the emulator's Jira-expression evaluator: it
 * must parse, and answer a Boolean (conditions) or a Boolean or message (validators) on an empty
 * complaint and on a complete one, never fail while it runs.
 */

const workflow = complaintWorkflow(makeWorkflowInputs({ config: makeConfig() }));
const RULES = workflow.transitions.flatMap((t) => [
  ...t.conditions.map((rule) => ({ transition: t.name, kind: 'condition' as const, expression: expressionOfRule('condition', APP, rule) ?? '' })),
  ...t.validators.map((rule) => ({ transition: t.name, kind: 'validator' as const, expression: expressionOfRule('validator', APP, rule) ?? '' })),
]);

const user = (accountId: string, groups: readonly string[]) =>
  new JiraObject('User', { accountId: () => accountId }, { groups: () => [...groups] });

const richText = (text: string) => new JiraObject('RichText', { plainText: () => text });

const issue = (fields: Readonly<Record<string, Value>>, assignee: Value = null) =>
  new JiraObject('Issue', {
    assignee: () => assignee,
    ...Object.fromEntries(Object.values(FIELD_IDS).map((id) => [id, () => fields[id] ?? null])),
  });

const EMPTY = issue({});
const COMPLETE = issue(
  {
    [FIELD_IDS.department]: { id: '10100', value: 'Billing' },
    [FIELD_IDS.measures]: richText('Refund the second charge'),
    [FIELD_IDS.measuresDeadline]: new ExprCalendarDate('2026-03-09'),
    [FIELD_IDS.actionTaken]: richText('Refunded'),
    [FIELD_IDS.compensation]: 25,
    [FIELD_IDS.callNotes]: richText('Customer is happy'),
    [FIELD_IDS.satisfaction]: 4,
    [FIELD_IDS.consideredResolved]: 'yes',
  },
  user('lead-billing', []),
);
const scope = (variables: Readonly<Record<string, Value>>) => ({ variables, now: Date.UTC(2026, 2, 2, 9, 0), timeZone: 'Europe/London' });

describe('the expressions Set up project generates, in the emulator', () => {
  it('generates some of each kind', () => {
    expect(RULES.filter((r) => r.kind === 'condition')).toHaveLength(7);
    expect(RULES.filter((r) => r.kind === 'validator')).toHaveLength(7);
  });

  it.each(RULES.map((r) => [r.transition, r.kind, r.expression] as const))('%s %s parses', (_transition, _kind, expression) => {
    expect(() => parseExpression(expression)).not.toThrow();
  });

  it.each(RULES.map((r) => [r.transition, r.kind, r.expression] as const))('%s %s evaluates on an empty and a complete complaint', (_t, kind, expression) => {
    for (const target of [EMPTY, COMPLETE]) {
      const value = evaluate(parseExpression(expression), scope({ user: user('someone', ['complaint-advocates']), issue: target }));
      expect(kind === 'condition' ? typeof value === 'boolean' : value === true || typeof value === 'string').toBe(true);
    }
  });

  it('passes every validator on the complete complaint and fails each on the empty one with its message', () => {
    const validators = RULES.filter((r) => r.kind === 'validator');
    const run = (target: JiraObject) => validators.map((r) => evaluate(parseExpression(r.expression), scope({ user: user('x', []), issue: target })));
    expect(run(COMPLETE)).toEqual(validators.map(() => true));
    expect(run(EMPTY)).toEqual([
      'Describe the measures the department will take.',
      'Set the Measures deadline.',
      // An empty deadline is the other validator's to report.
      true,
      'Describe the action taken.',
      'Record the customer satisfaction, from 1 to 5.',
      'Record whether the customer considers the complaint resolved.',
      'Write the notes of the call with the customer.',
    ]);
  });

  it.each([
    ['the Billing lead on a Billing complaint', 'lead-billing', [], true],
    ['the Delivery lead on a Billing complaint', 'lead-delivery', [], false],
    ['the Billing deputy', 'deputy-billing', [], true],
    ['a member of the advocate group', 'ava', ['complaint-advocates'], true],
    ['a manager', 'max', ['complaint-managers'], false],
  ] as const)('lets %s Start work: %s', (_who, accountId, groups, allowed) => {
    const start = RULES.find((r) => r.transition === 'Start work' && r.kind === 'condition');
    const target = issue({ [FIELD_IDS.department]: { id: '10100', value: 'Billing' } });
    expect(evaluate(parseExpression(start?.expression ?? ''), scope({ user: user(accountId, groups), issue: target }))).toBe(allowed);
  });
});
