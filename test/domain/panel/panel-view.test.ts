import { PANEL_ACTIONS } from '../../../src/contracts/panel-view';
import type { TrailEntry } from '../../../src/domain/complaint';
import { buildPanelView } from '../../../src/domain/panel/panel-view';
import type { Role } from '../../../src/domain/workflow/roles';
import { makeComplaint, makeConfig, makeTrailEntry, T0 } from '../../domain/factories';

const config = makeConfig({ currency: 'GBP' });
const row = { ...makeComplaint(), dueAt: null, escalationLevel: 0 };
const view = (roles: Role[], trail: TrailEntry[] = [], subject = row.subject) =>
  buildPanelView({ row: { ...row, subject }, trail, roles, offered: PANEL_ACTIONS, config, now: T0 });

describe('buildPanelView', () => {
  it('gives the forms today’s business date and the currency, and the trail oldest first', () => {
    const trail = [makeTrailEntry({ at: T0 - 2 }), makeTrailEntry({ kind: 'reminded', at: T0 - 1 })];
    const shown = view(['registrar'], trail);
    expect(shown).toMatchObject({ now: T0, roles: ['registrar'], actions: [], forms: { today: '2026-03-02', currency: 'GBP', nudgedToday: null, departments: [] } });
    expect(shown.trail.map((e) => e.kind)).toEqual(['routed', 'reminded']);
  });

  it('gives the re-route choices only to a caller who may re-route: every department with its eligible people', () => {
    expect(view(['registrar', 'responsible']).forms.departments).toEqual([]);
    expect(view(['registrar', 'advocate']).forms.departments).toEqual([
      {
        id: 'billing',
        name: 'Billing',
        people: [
          { accountId: 'lead-billing', role: 'lead' },
          { accountId: 'deputy-billing', role: 'deputy' },
          { accountId: 'manager-billing', role: 'escalation_manager' },
        ],
      },
      { id: 'delivery', name: 'Delivery', people: [{ accountId: 'lead-delivery', role: 'lead' }, { accountId: 'manager-ops', role: 'escalation_manager' }] },
      { id: 'support', name: 'Support', people: [] },
    ]);
  });

  it('never offers the complaint’s subject as the person to take it', () => {
    const billing = view(['registrar', 'advocate'], [], { kind: 'employee', accountId: 'lead-billing' }).forms.departments[0];
    expect(billing?.people.map((p) => p.accountId)).toEqual(['deputy-billing', 'manager-billing']);
  });

  it('says when the complaint was nudged today and then offers no Nudge until the next business day, the other actions still', () => {
    const nudged = makeTrailEntry({ kind: 'nudged', at: T0 - 60_000 });
    const shown = view(['registrar', 'advocate'], [nudged]);
    expect(shown.forms.nudgedToday).toBe(T0 - 60_000);
    expect(shown.actions).not.toContain('nudge');
    expect(shown.actions).toContain('reroute');
    expect(view(['registrar', 'advocate'], [makeTrailEntry({ kind: 'nudged', at: T0 - 86_400_000 })]).actions).toContain('nudge');
  });

  it('says nothing of a nudge once the complaint is closed, and offers one follow-up per closing', () => {
    const closedRow = { ...row, status: 'closed' as const, resolution: 'done' as const };
    const trail = [makeTrailEntry({ kind: 'nudged', at: T0 - 60_000 }), makeTrailEntry({ kind: 'closed', at: T0 - 30_000 })];
    const closed = buildPanelView({ row: closedRow, trail, roles: ['registrar', 'advocate'], offered: PANEL_ACTIONS, config, now: T0 });
    expect([closed.forms.nudgedToday, closed.actions]).toEqual([null, ['reopen', 'open_follow_up']]);
    const followedUp = buildPanelView({ row: closedRow, trail: [...trail, makeTrailEntry({ kind: 'follow_up_opened', at: T0 })], roles: ['registrar', 'advocate'], offered: PANEL_ACTIONS, config, now: T0 });
    expect(followedUp.actions).toEqual(['reopen']);
  });
});
