import type { PanelComplaintRow } from '../../../src/domain/panel/panel-complaint';
import { portalComplaint, portalNextStep, portalStage } from '../../../src/domain/portal/portal-complaint';
import { regulatoryDeadlines } from '../../../src/domain/reminders/regulatory-deadlines';
import { makeComplaint, makeConfig, makeTrailEntry, T0 } from '../../domain/factories';

const HOUR = 3_600_000;
type PortalRow = PanelComplaintRow & { readonly sharedMeasures: string | null };
const row = (overrides: Partial<PortalRow> = {}): PortalRow => ({ ...makeComplaint(), dueAt: T0 + HOUR, escalationLevel: 1, sharedMeasures: null, ...overrides });

describe('portalStage', () => {
  it.each([
    ['registered', null, 'received'],
    ['in_progress', null, 'being_handled'],
    ['measures_done', null, 'measures_done'],
    ['closed', 'done', 'closed'],
    ['closed', 'duplicate', 'closed'],
    ['closed', 'withdrawn', 'withdrawn'],
  ] as const)('says %s (%s) as %s', (status, resolution, stage) => {
    expect(portalStage(status, resolution)).toBe(stage);
  });
});

describe('portalNextStep', () => {
  it.each([
    ['registered', 'start'],
    ['in_progress', 'measures'],
    ['measures_done', 'call'],
  ] as const)('promises, in %s, that %s is next, by the panel’s due moment', (status, step) => {
    expect(portalNextStep(row({ status }), T0)).toEqual({ step, dueAt: T0 + HOUR, overdue: false });
  });

  it('is overdue only once its moment has passed', () => {
    expect(portalNextStep(row(), T0 + HOUR)?.overdue).toBe(false);
    expect(portalNextStep(row(), T0 + HOUR + 1)?.overdue).toBe(true);
  });

  it('promises nothing once closed, or while no moment is known', () => {
    expect(portalNextStep(row({ status: 'closed', resolution: 'done' }), T0)).toBeNull();
    expect(portalNextStep(row({ dueAt: null }), T0)).toBeNull();
  });
});

describe('portalComplaint', () => {
  it('shows the customer where it stands, and nothing internal', () => {
    const internal = row({ status: 'in_progress', measures: 'Refund quietly', actionTaken: 'Spoke to Boris', statusChangedAt: T0 + 5, anonymous: true });
    const shown = portalComplaint({ row: internal, trail: [], summary: 'Charged twice', config: makeConfig(), now: T0 });
    expect(shown).toEqual({
      issueKey: 'CMP-1',
      summary: 'Charged twice',
      stage: 'being_handled',
      stageSince: T0 + 5,
      raisedAt: internal.createdAt,
      nextStep: { step: 'measures', dueAt: T0 + HOUR, overdue: false },
      regulatoryDeadline: null,
      sharedMeasures: null,
      anonymous: true,
      escalation: { grounds: ['disagree'], escalatedAt: null },
      outcome: { canConfirm: false, confirmed: null },
    });
    expect(JSON.stringify(shown)).not.toMatch(/lead-billing|Refund|Boris/);
  });

  it('gives the final response’s limit where the preset sets one', () => {
    const config = makeConfig({ policy: { overall: { preset: 'fca' } } });
    const final = regulatoryDeadlines(config.calendar, config.policy.overall, makeComplaint().createdAt).final;
    expect(final).toEqual(expect.any(Number));
    expect(portalComplaint({ row: row(), trail: [], summary: 's', config, now: T0 }).regulatoryDeadline).toBe(final);
  });

  it('shows the measures only while they are the text that was shared', () => {
    const shown = (overrides: Partial<PortalRow>) => portalComplaint({ row: row({ status: 'in_progress', ...overrides }), trail: [], summary: 's', config: makeConfig(), now: T0 }).sharedMeasures;
    expect(shown({ measures: 'A refund of the second charge' })).toBeNull();
    expect(shown({ measures: 'A refund of the second charge', sharedMeasures: 'A refund of the second charge' })).toBe('A refund of the second charge');
    // Edited in Jira after the share (the Edit screen, or Start work of a new cycle outside the panel): not reviewed for the customer.
    expect(shown({ measures: 'A refund, and a word with Boris about his tone', sharedMeasures: 'A refund of the second charge' })).toBeNull();
    expect(shown({ measures: null, sharedMeasures: 'A refund of the second charge' })).toBeNull();
  });

  it('shows the customer’s escalation and answer of the current stage from the trail, and what they may still do', () => {
    const escalated = makeTrailEntry({ kind: 'customer_escalated', at: T0 + 2 * HOUR, status: 'measures_done', level: 1 });
    const answered = makeTrailEntry({ kind: 'customer_confirmed', at: T0 + 3 * HOUR, status: 'measures_done', satisfaction: 4, consideredResolved: true });
    const atMeasuresDone = row({ status: 'measures_done', statusChangedAt: T0 + HOUR });
    expect(portalComplaint({ row: atMeasuresDone, trail: [], summary: 's', config: makeConfig(), now: T0 + 2 * HOUR })).toMatchObject({
      escalation: { grounds: ['overdue', 'disagree'], escalatedAt: null },
      outcome: { canConfirm: true, confirmed: null },
    });
    expect(portalComplaint({ row: atMeasuresDone, trail: [escalated, answered], summary: 's', config: makeConfig(), now: T0 + 4 * HOUR })).toMatchObject({
      escalation: { grounds: [], escalatedAt: T0 + 2 * HOUR },
      outcome: { canConfirm: false, confirmed: { satisfaction: 4, resolved: true, at: T0 + 3 * HOUR } },
    });
  });
});
