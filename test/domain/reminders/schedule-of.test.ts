import type { Complaint, TrailEntry } from '../../../src/domain/complaint';
import { scheduleOf } from '../../../src/domain/reminders/schedule-of';
import { at, london } from '../calendar/calendars';
import { makeComplaint, makeTrailEntry } from '../factories';
import { defaultPolicy, iso } from './sweep-walk';

// London, GMT = UTC in early March 2026. Registered Monday 03-02 10:00: due Tue 10:00, escalates Thu 10:00.
const MONDAY_10 = at('2026-03-02T10:00:00Z');
const registered = makeComplaint({ status: 'registered', createdAt: MONDAY_10, statusChangedAt: MONDAY_10 });

const schedule = (now: string, trail: readonly TrailEntry[] = [], complaint: Complaint = registered) => {
  const result = scheduleOf({ complaint, trail, policy: defaultPolicy, calendar: london, now: at(now) });
  return { nextDueAt: iso(result.nextDueAt), dueAt: iso(result.dueAt), escalationLevel: result.escalationLevel };
};

describe('scheduleOf', () => {
  it('with nothing due yet, looks again when the step falls due', () => {
    expect(schedule('2026-03-02T12:00:00Z')).toEqual({ nextDueAt: '2026-03-03T10:00:00.000Z', dueAt: '2026-03-03T10:00:00.000Z', escalationLevel: 0 });
  });

  it('with a reminder due, is due now, while the step stays due when it fell due', () => {
    expect(schedule('2026-03-03T11:00:00Z')).toEqual({ nextDueAt: '2026-03-03T11:00:00.000Z', dueAt: '2026-03-03T10:00:00.000Z', escalationLevel: 0 });
  });

  it('outside business hours, with the reminder overdue, waits for the opening rather than now', () => {
    // Saturday: nothing may be sent, so the sweep has nothing to do before Monday 09:00.
    expect(schedule('2026-03-07T12:00:00Z')).toEqual({ nextDueAt: '2026-03-09T09:00:00.000Z', dueAt: '2026-03-03T10:00:00.000Z', escalationLevel: 0 });
  });

  it('counts the escalation level written since the last status change, not the one due', () => {
    const escalated = (when: string, level: number) => makeTrailEntry({ kind: 'escalated', at: at(when), level, reason: 'escalation.registered' });
    // Due Thursday 10:00 but not yet sent: still level 0.
    expect(schedule('2026-03-05T10:30:00Z').escalationLevel).toBe(0);
    expect(schedule('2026-03-05T10:30:00Z', [escalated('2026-03-05T10:00:00Z', 1)]).escalationLevel).toBe(1);
    // A level 2 written before this status began no longer counts.
    expect(schedule('2026-03-05T10:30:00Z', [escalated('2026-03-02T09:00:00Z', 2), escalated('2026-03-05T10:00:00Z', 1)]).escalationLevel).toBe(1);
  });

  it('for a closed complaint, is never due', () => {
    const closed = makeComplaint({ status: 'closed', createdAt: MONDAY_10, statusChangedAt: at('2026-03-02T11:00:00Z'), closedAt: at('2026-03-02T11:00:00Z') });
    expect(schedule('2026-03-03T11:00:00Z', [], closed)).toEqual({ nextDueAt: null, dueAt: null, escalationLevel: 0 });
  });
});
