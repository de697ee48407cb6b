import { panelComplaint, type PanelComplaintRow } from '../../../src/domain/panel/panel-complaint';
import { regulatoryDeadlines } from '../../../src/domain/reminders/regulatory-deadlines';
import { makeComplaint, makeConfig, T0 } from '../../domain/factories';

const row = (overrides: Partial<PanelComplaintRow> = {}): PanelComplaintRow => ({ ...makeComplaint(), dueAt: T0 + 3_600_000, escalationLevel: 1, ...overrides });
const withPreset = (overall: Record<string, unknown>) => makeConfig({ policy: { overall } });

describe('panelComplaint', () => {
  it('shows the complaint’s facts, its department by name, and the step that falls due', () => {
    const shown = panelComplaint(row({ status: 'in_progress', measures: 'Refund', measuresDeadline: '2026-03-09', returns: 1 }), makeConfig());
    expect(shown).toEqual({
      issueKey: 'CMP-1',
      status: 'in_progress',
      resolution: null,
      department: { id: 'billing', name: 'Billing' },
      responsibleAccountId: 'lead-billing',
      channel: 'phone',
      anonymous: false,
      measures: 'Refund',
      measuresDeadline: '2026-03-09',
      actionTaken: null,
      compensation: null,
      satisfaction: null,
      consideredResolved: null,
      returns: 1,
      reopens: 0,
      followUpOf: null,
      due: { at: T0 + 3_600_000, step: 'in_progress' },
      escalationLevel: 1,
      regulatoryDeadlines: [],
    });
  });

  it.each<[string, Partial<PanelComplaintRow>]>([
    ['a closed complaint', { status: 'closed', resolution: 'done' }],
    ['a complaint without a due moment', { dueAt: null }],
  ])('gives no due moment for %s', (_, overrides) => {
    expect(panelComplaint(row(overrides), makeConfig()).due).toBeNull();
  });

  it('has no department in triage, and names one the configuration no longer has by its id', () => {
    expect(panelComplaint(row({ departmentId: null }), makeConfig()).department).toBeNull();
    expect(panelComplaint(row({ departmentId: 'legal' }), makeConfig()).department).toEqual({ id: 'legal', name: 'legal' });
  });

  it('lists the deadlines the preset sets, in a fixed order', () => {
    const fca = withPreset({ preset: 'fca' });
    const fcaLimits = regulatoryDeadlines(fca.calendar, fca.policy.overall, T0);
    expect(panelComplaint(row(), fca).regulatoryDeadlines).toEqual([
      { kind: 'final', at: fcaLimits.final },
      { kind: 'summaryResolution', at: fcaLimits.summaryResolution },
    ]);
    const cfpb = withPreset({ preset: 'cfpb' });
    expect(panelComplaint(row(), cfpb).regulatoryDeadlines.map((d) => d.kind)).toEqual(['response', 'final']);
  });
});
