import { outcomeOf, setupSucceeded, SETUP_STEPS, type SetupChange, type SetupReport } from '../../../src/domain/setup/setup-report';

const created: SetupChange = { action: 'created', entity: 'status', name: 'Registered' };
const updated: SetupChange = { action: 'updated', entity: 'screen-field', name: 'Complaint: Close: Call notes' };

const report = (outcomes: readonly SetupReport['steps'][number]['outcome'][]): SetupReport => ({
  projectKey: 'CMP',
  startedAt: 0,
  finishedAt: 1,
  steps: outcomes.map((outcome, i) => ({ step: SETUP_STEPS[i] ?? 'issue-type', outcome, changes: [] })),
});

describe('the setup report', () => {
  it.each([
    ['nothing changed', [], 'already-present'],
    ['only updates', [updated], 'updated'],
    ['a creation among updates', [updated, created], 'created'],
  ] as const)('a step with %s is %s', (_what, changes, outcome) => {
    expect(outcomeOf(changes)).toBe(outcome);
  });

  it.each([
    ['every step ran', SETUP_STEPS.map(() => 'already-present' as const), true],
    ['a step failed', [...SETUP_STEPS.slice(1).map(() => 'created' as const), 'failed' as const], false],
    ['the run stopped early', ['created' as const], false],
  ])('succeeds only when %s without failure', (_what, outcomes, succeeded) => {
    expect(setupSucceeded(report(outcomes))).toBe(succeeded);
  });
});
