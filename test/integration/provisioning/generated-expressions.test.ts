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
const user = (accountId: string, groups: readonly string[] = []) => new JiraObject('User', { accountId: () => accountId, groups: () => [...groups] });

const richText = (text: string) => new JiraObject('RichText', { plainText: () => text });

const issue = (fields: Readonly<Record<string, Value>>, assignee: Value = null) =>
  new JiraObject('Issue', {
    key: () => 'CMP-9',
    assignee: () => assignee,
    resolution: () => fields.resolution ?? null,
    ...Object.fromEntries(Object.values(FIELD_IDS).map((id) => [id, () => fields[id] ?? null])),
  });

const EMPTY = issue({});
const COMPLETE_FIELDS = {
  [FIELD_IDS.department]: { id: '10100', value: 'Billing' },
  [FIELD_IDS.responsible]: user('lead-billing'),
  [FIELD_IDS.measures]: richText('Refund the second charge'),
  [FIELD_IDS.measuresDeadline]: new ExprCalendarDate('2026-03-09'),
  [FIELD_IDS.actionTaken]: richText('Refunded'),
  [FIELD_IDS.compensation]: 25,
  [FIELD_IDS.callNotes]: richText('Customer is happy'),
  [FIELD_IDS.satisfaction]: 4,
  [FIELD_IDS.consideredResolved]: 'yes',
  [FIELD_IDS.reason]: 'The customer is still waiting',
  [FIELD_IDS.duplicateOf]: 'CMP-5',
  resolution: new JiraObject('Resolution', { id: () => '10000', name: () => 'Done' }),
};
const COMPLETE = issue(COMPLETE_FIELDS, user('lead-billing'));
/** Validators see the issue before the transition screen's edits too: here, before the reason was written. */
const scope = (variables: Readonly<Record<string, Value>>) => ({ variables: { originalIssue: EMPTY, ...variables }, now: Date.UTC(2026, 2, 2, 9, 0), timeZone: 'Europe/London' });

describe('the expressions Set up project generates, in the emulator', () => {
  it('generates some of each kind', () => {
    expect(RULES.filter((r) => r.kind === 'condition')).toHaveLength(8);
    expect(RULES.filter((r) => r.kind === 'validator')).toHaveLength(23);
  });

  const ALL = [...RULES, ...DEMO_RULES].map((r) => [r.transition, r.kind, r.expression] as const);

  it.each(ALL)('%s %s parses within Jira’s limits and passes its type check as a whole', (_transition, kind, expression) => {
    const type = checkTypes(parseExpression(expression), { user: user('someone'), issue: EMPTY, originalIssue: EMPTY });
    expect(kind === 'condition' ? ['Boolean'] : ['Boolean', 'Any']).toContain(type.kind);
  });

  it.each(ALL)('%s %s evaluates on an empty and a complete complaint', (_t, kind, expression) => {
    for (const target of [EMPTY, COMPLETE]) {
      for (const who of [user('someone', ['complaint-advocates']), user('nobody')]) {
        const value = evaluate(parseExpression(expression), scope({ user: who, issue: target }));
        expect(kind === 'condition' ? typeof value === 'boolean' : value === true || typeof value === 'string').toBe(true);
      }
    }
  });

  it('passes every validator on the complete complaint and fails each on the empty one with its message', () => {
    const validators = RULES.filter((r) => r.kind === 'validator');
    const run = (target: JiraObject) => validators.map((r) => evaluate(parseExpression(r.expression), scope({ user: user('x'), issue: target })));
    expect(run(COMPLETE)).toEqual(validators.map(() => true));
    const reason = ["Give the reason: it goes on the complaint's trail.", 'Give a new reason: this one was already given for an earlier step.'];
    // An empty deadline is the other validator's to report.
    const measures = ['Describe the measures the department will take.', 'Set the Measures deadline.', true];
    expect(run(EMPTY)).toEqual([
      ...measures,
      'Describe the action taken.',
      'Record the customer satisfaction, from 1 to 5.',
      'Record whether the customer considers the complaint resolved.',
      'Write the notes of the call with the customer.',
      'Choose the resolution.',
      ...reason,
      ...reason,
      ...reason,
      'Choose the resolution.',
      ...reason,
      'Give the key of the complaint this one duplicates, e.g. CMP-12.',
      // An empty key is the other validator's to report.
      true,
      'Choose the resolution.',
      ...measures,
    ]);
  });

  it.each([
    ['a reason of white space', { [FIELD_IDS.reason]: '   ' }, EMPTY, "Give the reason: it goes on the complaint's trail."],
    ['the reason the field kept from the last return', COMPLETE_FIELDS, COMPLETE, 'Give a new reason: this one was already given for an earlier step.'],
    ['the complaint named as its own duplicate', { ...COMPLETE_FIELDS, [FIELD_IDS.duplicateOf]: 'CMP-9' }, EMPTY, 'A complaint cannot duplicate itself.'],
  ] as const)('refuses Duplicate with %s', (_what, fields, before, message) => {
    const validators = RULES.filter((r) => r.kind === 'validator' && r.transition === 'Duplicate');
    const results = validators.map((r) => evaluate(parseExpression(r.expression), scope({ user: user('x'), issue: issue(fields), originalIssue: before })));
    expect(results).toContain(message);
  });

  const startWork = (who: JiraObject, target: JiraObject): Value =>
    evaluate(parseExpression(RULES.find((r) => r.transition === 'Start work' && r.kind === 'condition')?.expression ?? ''), scope({ user: who, issue: target }));

  it.each([
    ['the responsible lead', user('lead-billing'), true],
    ['another department’s lead', user('lead-delivery'), false],
    ['the department’s deputy, not responsible', user('deputy-billing'), false],
    ['the Jira assignee, a registrar who assigned herself', user('registrar-1'), false],
    ['a member of the advocate group', user('ava', ['complaint-advocates']), true],
    ['a manager', user('max', ['complaint-managers']), false],
  ] as const)('lets %s Start work: %s', (_who, who, allowed) => {
    expect(startWork(who, issue(COMPLETE_FIELDS, user('registrar-1')))).toBe(allowed);
  });

  it.each([
    ['the responsible lead', user('lead-billing')],
    ['an advocate', user('lead-billing', ['complaint-advocates'])],
  ] as const)('never lets the subject Start work, even as %s', (_as, who) => {
    expect(startWork(who, issue({ ...COMPLETE_FIELDS, [FIELD_IDS.subjectUser]: user('lead-billing') }))).toBe(false);
  });
});

describe('the generated expressions stay small', () => {
  const size = (r: { transition: string; kind: string; expression: string }) => [r.transition, r.kind, expressionSize(r.expression)] as const;
  const reason = (transition: string) =>
    [
      [transition, 'validator', { characters: 136, leaves: 9 }],
      [transition, 'validator', { characters: 136, leaves: 6 }],
    ] as const;
  const resolution = (transition: string) => [transition, 'validator', { characters: 58, leaves: 5 }] as const;
  const measures = (transition: string) =>
    [
      [transition, 'validator', { characters: 90, leaves: 5 }],
      [transition, 'validator', { characters: 69, leaves: 5 }],
      [transition, 'validator', { characters: 140, leaves: 8 }],
    ] as const;

  it('measures them with the demo configuration: all well under Jira’s 1,000 characters and 100 leaves', () => {
    // The same figures are in sandbox/jira/expressions/README.md.
    expect(DEMO_RULES.map(size)).toEqual([
      ['Start work', 'condition', { characters: 157, leaves: 14 }],
      ...measures('Start work'),
      ['Mark done', 'condition', { characters: 108, leaves: 10 }],
      ['Mark done', 'validator', { characters: 69, leaves: 5 }],
      ['Close', 'condition', { characters: 99, leaves: 9 }],
      ['Close', 'validator', { characters: 155, leaves: 11 }],
      ['Close', 'validator', { characters: 104, leaves: 5 }],
      ['Close', 'validator', { characters: 89, leaves: 5 }],
      resolution('Close'),
      ['Return for rework', 'condition', { characters: 99, leaves: 9 }],
      ...reason('Return for rework'),
      ['Reopen', 'condition', { characters: 216, leaves: 16 }],
      ...reason('Reopen'),
      ['Withdraw', 'condition', { characters: 99, leaves: 9 }],
      ...reason('Withdraw'),
      resolution('Withdraw'),
      ['Duplicate', 'condition', { characters: 99, leaves: 9 }],
      ...reason('Duplicate'),
      ['Duplicate', 'validator', { characters: 148, leaves: 9 }],
      ['Duplicate', 'validator', { characters: 121, leaves: 9 }],
      resolution('Duplicate'),
      ['Revise measures', 'condition', { characters: 157, leaves: 14 }],
      ...measures('Revise measures'),
    ]);
    for (const [, , { characters, leaves }] of DEMO_RULES.map(size)) {
      expect(characters).toBeLessThanOrEqual(EXPRESSION_LIMITS.characters / 2);
      expect(leaves).toBeLessThanOrEqual(EXPRESSION_LIMITS.leaves / 2);
    }
  });

  it('does not grow with the departments: thirty, each with a lead, a deputy and an advocate, give the same expressions', () => {
    const departments = Array.from({ length: 30 }, (_, i) => ({
      id: `dept-${String(i)}`,
      name: `Department ${String(i)}`,
      ...Object.fromEntries(['leadAccountId', 'deputyAccountId', 'advocateAccountId'].map((key, j) => [key, `5b10a2844c20165700e${String(i).padStart(2, '0')}${String(j)}ab`])),
    }));
    const rules = rulesOf(parseConfig({ ...demoConfiguration({}), departments }));
    expect(rules.map(size)).toEqual(DEMO_RULES.map(size));
    const start = rules.find((r) => r.transition === 'Start work' && r.kind === 'condition');
    expect(expressionSize(start?.expression ?? '')).toEqual({ characters: 157, leaves: 14 });
    for (const r of rules) {
      expect(expressionSize(r.expression).characters).toBeLessThan(EXPRESSION_LIMITS.characters);
      expect(expressionSize(r.expression).leaves).toBeLessThan(EXPRESSION_LIMITS.leaves);
    }
  });
});
