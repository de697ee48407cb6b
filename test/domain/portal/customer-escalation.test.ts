import {
  customerEscalatedAt,
  customerEscalationKey,
  customerEscalationStep,
  escalationGrounds,
  type StageRow,
} from '../../../src/domain/portal/customer-escalation';
import { escalationLevelSince, sweepLevelSince } from '../../../src/domain/reminders/trail-facts';
import { makeTrailEntry, T0 } from '../factories';

const HOUR = 60 * 60_000;
const stage = (overrides: Partial<StageRow> = {}): StageRow => ({ status: 'in_progress', statusChangedAt: T0, dueAt: T0 + 10 * HOUR, ...overrides });
const escalatedByCustomer = (at: number, status: StageRow['status'] = 'in_progress', level = 1) =>
  makeTrailEntry({ kind: 'customer_escalated', at, status, level, reason: 'customer.escalated.overdue' });

describe('escalationGrounds', () => {
  it.each([
    ['registered, on time: none', stage({ status: 'registered' }), T0 + HOUR, []],
    ['registered, overdue: overdue only (no measures to disagree with)', stage({ status: 'registered' }), T0 + 11 * HOUR, ['overdue']],
    ['in progress, on time: disagree', stage(), T0 + HOUR, ['disagree']],
    ['in progress, at the due moment itself: not yet overdue', stage(), T0 + 10 * HOUR, ['disagree']],
    ['in progress, overdue: both', stage(), T0 + 11 * HOUR, ['overdue', 'disagree']],
    ['measures done, overdue: both', stage({ status: 'measures_done' }), T0 + 11 * HOUR, ['overdue', 'disagree']],
    ['without a due moment (in triage): never overdue', stage({ status: 'registered', dueAt: null }), T0 + 100 * HOUR, []],
    ['closed: none', stage({ status: 'closed', dueAt: null }), T0 + 100 * HOUR, []],
  ] as const)('%s', (_case, row, now, grounds) => {
    expect(escalationGrounds(row, [], now)).toEqual(grounds);
  });

  it('offers nothing once the customer escalated in this stage', () => {
    const trail = [escalatedByCustomer(T0 + HOUR)];
    expect(escalationGrounds(stage(), trail, T0 + 11 * HOUR)).toEqual([]);
    expect(customerEscalatedAt(stage(), trail)).toBe(T0 + HOUR);
  });

  it('starts again in a new stage: a return to In progress, even back in the same status, is a new one', () => {
    const earlier = [escalatedByCustomer(T0 + HOUR), escalatedByCustomer(T0 + 2 * HOUR, 'measures_done')];
    const returned = stage({ statusChangedAt: T0 + 3 * HOUR, dueAt: T0 + 20 * HOUR });
    expect(customerEscalatedAt(returned, earlier)).toBeNull();
    expect(escalationGrounds(returned, earlier, T0 + 21 * HOUR)).toEqual(['overdue', 'disagree']);
    expect(customerEscalationKey(returned)).not.toBe(customerEscalationKey(stage()));
  });

  it('ignores the sweep’s escalations: only the customer’s own count towards once per stage', () => {
    const trail = [makeTrailEntry({ kind: 'escalated', at: T0 + HOUR, status: 'in_progress', level: 1 })];
    expect(escalationGrounds(stage(), trail, T0 + 11 * HOUR)).toEqual(['overdue', 'disagree']);
  });
});

describe('customerEscalationStep', () => {
  it('goes to level 1 (advocate and escalation manager) from nothing', () => {
    expect(customerEscalationStep(stage(), [])).toEqual({ level: 1, recipients: ['advocate', 'escalation_manager'] });
  });

  it('goes one above the sweep’s level of this stage, to the manager group at the top', () => {
    const trail = [makeTrailEntry({ kind: 'escalated', at: T0 + HOUR, status: 'in_progress', level: 1 })];
    expect(customerEscalationStep(stage(), trail)).toEqual({ level: 2, recipients: ['advocate', 'escalation_manager', 'manager_group'] });
  });

  it('never goes past the top: the level only rises', () => {
    const trail = [makeTrailEntry({ kind: 'escalated', at: T0 + HOUR, status: 'in_progress', level: 2 })];
    expect(customerEscalationStep(stage(), trail).level).toBe(2);
  });

  it('counts only the levels of this stage', () => {
    const trail = [makeTrailEntry({ kind: 'escalated', at: T0 - HOUR, status: 'registered', level: 1 })];
    expect(customerEscalationStep(stage(), trail).level).toBe(1);
  });

  it('raises the index’s level of the stage, but not the sweep’s, so it silences none of the sweep’s escalations', () => {
    expect(escalationLevelSince([escalatedByCustomer(T0 + HOUR, 'in_progress', 1)], T0)).toBe(1);
    expect(sweepLevelSince([escalatedByCustomer(T0 + HOUR, 'in_progress', 1)], T0)).toBe(0);
  });
});
