import { complaintWorkflow, type TransitionSpec, type WorkflowSpec } from '../../../src/jira/provisioning/complaint-workflow-definition';
import { workflowDiffers } from '../../../src/jira/provisioning/workflow-difference';
import { makeConfig } from '../../domain/factories';
import { APP, makeWorkflowInputs } from './provisioning-fixtures';

const wanted = complaintWorkflow(makeWorkflowInputs());

const editTransition = (name: string, edit: (t: TransitionSpec) => TransitionSpec): WorkflowSpec => ({
  ...wanted,
  transitions: wanted.transitions.map((t) => (t.name === name ? edit(t) : t)),
});

/** What Jira adds when it stores a rule: an id, and its own spelling of the configuration JSON. */
const asJiraStoresIt = (spec: WorkflowSpec): WorkflowSpec => ({
  ...spec,
  description: 'edited in Jira',
  statusIds: [...spec.statusIds].reverse(),
  transitions: [...spec.transitions].reverse().map((t) => ({
    ...t,
    fromStatusIds: [...t.fromStatusIds].reverse(),
    conditions: t.conditions.map((r) => ({ ...r, parameters: { ...r.parameters, config: JSON.stringify(JSON.parse(r.parameters.config ?? '{}'), null, 2) } })),
  })),
});

describe('whether a stored workflow differs from the wanted one', () => {
  it('is the same when only order, descriptions and JSON spelling differ', () => {
    expect(workflowDiffers(APP, wanted, asJiraStoresIt(wanted))).toBe(false);
  });

  it.each([
    ['a transition renamed', editTransition('Close', (t) => ({ ...t, name: 'Resolve' }))],
    ['a transition moved to another status', editTransition('Reopen', (t) => ({ ...t, toStatusId: '10100' }))],
    ['a validator dropped', editTransition('Start work', (t) => ({ ...t, validators: t.validators.slice(1) }))],
    ['a condition dropped', editTransition('Close', (t) => ({ ...t, conditions: [] }))],
    ['another screen', editTransition('Mark done', (t) => ({ ...t, screenId: '99' }))],
    ['a status missing', { ...wanted, statusIds: wanted.statusIds.slice(1) }],
    ['a transition missing', { ...wanted, transitions: wanted.transitions.slice(1) }],
    ['a rule of another app', editTransition('Close', (t) => ({ ...t, validators: [{ ruleKey: 'forge:expression-validator', parameters: { key: 'ari:x', config: '{}' } }] }))],
  ])('differs with %s', (_what, stored) => {
    expect(workflowDiffers(APP, wanted, stored)).toBe(true);
  });

  it('differs when the configuration changed the rules', () => {
    const before = complaintWorkflow(makeWorkflowInputs({ config: makeConfig({ groups: { advocate: 'champions', manager: 'complaint-managers' } }) }));
    expect(workflowDiffers(APP, wanted, before)).toBe(true);
  });
});
