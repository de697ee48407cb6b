import { demoConfiguration } from '../../../sandbox/demo-complaints';
import { checkTypes, evaluate, EXPRESSION_LIMITS, ExprCalendarDate, expressionSize, JiraObject, parseExpression, type Value } from '../../../sandbox/jira/expressions';
import type { AppConfig } from '../../../src/domain/config/app-config.schema';
import { parseConfig } from '../../../src/domain/config/parse-config';
import { complaintWorkflow } from '../../../src/jira/provisioning/complaint-workflow-definition';
import { expressionOfRule } from '../../../src/jira/provisioning/forge-rule';
import { makeConfig } from '../../domain/factories';
import { APP, FIELD_IDS, makeWorkflowInputs } from '../../jira/provisioning/provisioning-fixtures';

/*
 * Every expression Set up project generates, run by the emulator's Jira-expression evaluator, which
 * refuses what Jira refuses: it must stay within Jira's limits, parse, pass Jira's type check as a
 * whole, and answer a Boolean (conditions) or a Boolean or message (validators) on an empty
 * complaint and on a complete one, never fail while it runs.
 */

const rulesOf = (config: AppConfig) =>
  complaintWorkflow(makeWorkflowInputs({ config })).transitions.flatMap((t) => [
    ...t.conditions.map((rule) => ({ transition: t.name, kind: 'condition' as const, expression: expressionOfRule('condition', APP, rule) ?? '' })),
    ...t.validators.map((rule) => ({ transition: t.name, kind: 'validator' as const, expression: expressionOfRule('validator', APP, rule) ?? '' })),
  ]);

const RULES = rulesOf(makeConfig());
/** The largest configuration the sandbox ships: the demo's departments, with their real 24-character account ids. */
const DEMO_RULES = rulesOf(parseConfig(demoConfiguration({})));

// `groups` is the User's List property of group names, as Jira's reference has it.
const user = (accountId: string, groups: readonly string[]) => new JiraObject('User', { accountId: () => accountId, groups: () => [...groups] });

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

  const ALL = [...RULES, ...DEMO_RULES].map((r) => [r.transition, r.kind, r.expression] as const);

  it.each(ALL)('%s %s parses within Jira’s limits and passes its type check as a whole', (_transition, kind, expression) => {
    const type = checkTypes(parseExpression(expression), { user: user('someone', []), issue: EMPTY });
    expect(kind === 'condition' ? ['Boolean'] : ['Boolean', 'Any']).toContain(type.kind);
  });

  it.each(ALL)('%s %s evaluates on an empty and a complete complaint', (_t, kind, expression) => {
    for (const target of [EMPTY, COMPLETE]) {
      for (const who of [user('someone', ['complaint-advocates']), user('nobody', [])]) {
        const value = evaluate(parseExpression(expression), scope({ user: who, issue: target }));
        expect(kind === 'condition' ? typeof value === 'boolean' : value === true || typeof value === 'string').toBe(true);
      }
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

describe('the generated expressions stay small', () => {
  const size = (r: { transition: string; kind: string; expression: string }) => [r.transition, r.kind, expressionSize(r.expression)] as const;

  it('measures them with the demo configuration: all well under Jira’s 1,000 characters and 100 leaves', () => {
    // The same figures are in sandbox/jira/expressions/README.md.
    expect(DEMO_RULES.map(size)).toEqual([
      ['Start work', 'condition', { characters: 484, leaves: 35 }],
      ['Start work', 'validator', { characters: 90, leaves: 5 }],
      ['Start work', 'validator', { characters: 69, leaves: 5 }],
      ['Start work', 'validator', { characters: 140, leaves: 8 }],
      ['Mark done', 'condition', { characters: 409, leaves: 30 }],
      ['Mark done', 'validator', { characters: 69, leaves: 5 }],
      ['Close', 'condition', { characters: 140, leaves: 11 }],
      ['Close', 'validator', { characters: 155, leaves: 11 }],
      ['Close', 'validator', { characters: 104, leaves: 5 }],
      ['Close', 'validator', { characters: 89, leaves: 5 }],
      ['Return for rework', 'condition', { characters: 140, leaves: 11 }],
      ['Reopen', 'condition', { characters: 186, leaves: 15 }],
      ['Withdraw', 'condition', { characters: 140, leaves: 11 }],
      ['Duplicate', 'condition', { characters: 140, leaves: 11 }],
    ]);
    for (const [, , { characters, leaves }] of DEMO_RULES.map(size)) {
      expect(characters).toBeLessThanOrEqual(EXPRESSION_LIMITS.characters / 2);
      expect(leaves).toBeLessThanOrEqual(EXPRESSION_LIMITS.leaves / 2);
    }
  });

  it('grows with the departments that name people: five with a lead, a deputy and an advocate each still fit', () => {
    // Each department's condition names its people: about 170 characters and 10 leaves for three 24-character ids.
    const departments = Array.from({ length: 5 }, (_, i) => ({
      id: `dept-${i}`,
      name: `Department ${i}`,
      ...Object.fromEntries(['leadAccountId', 'deputyAccountId', 'advocateAccountId'].map((key, j) => [key, `5b10a2844c20165700e${i}${j}abc`])),
    }));
    const rules = rulesOf(parseConfig({ ...demoConfiguration({}), departments }));
    const largest = Math.max(...rules.map((r) => expressionSize(r.expression).characters));
    expect(largest).toBeGreaterThan(900);
    expect(largest).toBeLessThanOrEqual(EXPRESSION_LIMITS.characters);
    for (const r of rules) expect(() => parseExpression(r.expression)).not.toThrow();
  });
});
