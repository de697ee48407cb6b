import { panelSuggestion } from '../../../src/domain/panel/panel-suggestion';
import { decideRoute } from '../../../src/domain/routing/route-complaint.rules';
import { autoRouteDecision, suggestionNote } from '../../../src/domain/triage/auto-route';
import { categoryLabelOf, type StoredSuggestion } from '../../../src/domain/triage/triage-example';
import { makeConfig } from '../factories';

const suggestion: StoredSuggestion = { departmentId: 'billing', confidence: 0.93, category: null, words: ['charged'], examples: 40, source: 'local' };
const on = makeConfig({ triage: { autoRoute: true, threshold: 0.9 } });
const triage = decideRoute({ departmentId: null, subject: null, config: on });

describe('autoRouteDecision', () => {
  it('routes a complaint without a department by the suggested department’s rules, when on and confident', () => {
    expect(autoRouteDecision(triage, suggestion, null, on)).toEqual(decideRoute({ departmentId: 'billing', subject: null, config: on }));
    // The rules still apply: a complaint about the lead goes to the escalation manager.
    expect(autoRouteDecision(triage, suggestion, { kind: 'employee', accountId: 'lead-billing' }, on)?.target).toEqual({ kind: 'user', accountId: 'manager-billing' });
  });

  it('leaves it in triage when off (the default), below the threshold, without a suggestion, or for another triage reason', () => {
    expect(makeConfig().triage).toEqual({ autoRoute: false, threshold: 0.9 });
    expect(autoRouteDecision(triage, suggestion, null, makeConfig())).toBeNull();
    expect(autoRouteDecision(triage, { ...suggestion, confidence: 0.89 }, null, on)).toBeNull();
    expect(autoRouteDecision(triage, null, null, on)).toBeNull();
    const unknown = decideRoute({ departmentId: '?Legal', subject: null, config: on });
    expect(autoRouteDecision(unknown, suggestion, null, on)).toBeNull();
  });

  it('never routes on a guess to a department whose rules would only triage it again', () => {
    // Support has no lead in the test configuration.
    expect(autoRouteDecision(triage, { ...suggestion, departmentId: 'support' }, null, on)).toBeNull();
  });

  it('names a suggestion by department and rounded percent', () => {
    expect(suggestionNote(suggestion, on)).toBe('Billing · 93%');
    expect(suggestionNote({ departmentId: 'gone', confidence: 0.5 }, on)).toBe('gone · 50%');
  });
});

describe('panelSuggestion', () => {
  it('shows the suggestion with the department’s current name, and nothing that one click could not route', () => {
    expect(panelSuggestion({ ...suggestion, category: { key: 'service:refunds', name: 'Refunds', confidence: 0.7 } }, null, on)).toEqual({
      departmentId: 'billing',
      departmentName: 'Billing',
      confidence: 0.93,
      category: { name: 'Refunds', confidence: 0.7 },
      words: ['charged'],
      examples: 40,
      source: 'local',
    });
    expect(panelSuggestion(suggestion, null, on)?.category).toBeNull();
    expect(panelSuggestion({ ...suggestion, departmentId: 'gone' }, null, on)).toBeNull();
    expect(panelSuggestion(null, null, on)).toBeNull();
    // Support has no lead: one click could not route there.
    expect(panelSuggestion({ ...suggestion, departmentId: 'support' }, null, on)).toBeNull();
    // About Billing's lead, it goes to the escalation manager: still one click.
    expect(panelSuggestion(suggestion, { kind: 'employee', accountId: 'lead-billing' }, on)?.departmentId).toBe('billing');
  });
});

describe('categoryLabelOf', () => {
  it('learns employees as one category, never a person, and services by their folded name', () => {
    expect(categoryLabelOf({ kind: 'employee', accountId: 'clerk-7' })).toEqual({ key: 'employee', name: 'employee' });
    expect(categoryLabelOf({ kind: 'service', name: '  Card   PAYMENTS ' })).toEqual({ key: 'service:card payments', name: 'Card PAYMENTS' });
    expect(categoryLabelOf({ kind: 'service', name: '   ' })).toBeNull();
    expect(categoryLabelOf(null)).toBeNull();
  });
});
