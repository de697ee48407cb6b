import { businessDayOf } from '../../../src/domain/calendar/business-calendar';
import type { Complaint, TrailEntry } from '../../../src/domain/complaint';
import { planReminders } from '../../../src/domain/reminders/plan-reminders';
import { reminderDayStart, reminderRowKey } from '../../../src/domain/reminders/reminder-history';
import { trailEntriesFor } from '../../../src/domain/reminders/trail-entries-for';
import { at, london } from '../calendar/calendars';
import { makeComplaint } from '../factories';
import { defaultPolicy } from './sweep-walk';

const HOUR = 3_600_000;
const MONDAY_10 = at('2026-03-02T10:00:00Z');

type Row = TrailEntry & { readonly key: string };

/** What `Store.rollTrail` does to the trail (the store contract holds the store to it): one row per key, rolled forward once a day. */
const roll = (trail: Row[], entry: Row, since: number): boolean => {
  const i = trail.findIndex((row) => row.key === entry.key);
  const row = trail[i];
  if (row === undefined) return trail.push({ ...entry, times: 1 }) > 0;
  if (row.at >= since) return false;
  trail[i] = { ...entry, times: (row.times ?? 1) + 1 };
  return true;
};

/** Sweeps every hour from `from` for `hours`, writing what each plans as the sweep does; answers the trail and the moments reminded. */
const sweepHourly = (complaint: Complaint, from: number, hours: number) => {
  const trail: Row[] = [];
  const sent: number[] = [];
  for (let now = from; now < from + hours * HOUR; now += HOUR) {
    const { actions } = planReminders({ complaint, trail, policy: defaultPolicy, calendar: london, now });
    for (const entry of trailEntriesFor(complaint, actions, now)) {
      if (entry.kind !== 'reminded') trail.push({ ...entry, key: `escalated:${entry.reason}:${String(entry.level)}` });
      else if (roll(trail, { ...entry, key: reminderRowKey(complaint, entry) }, reminderDayStart(london, now))) sent.push(now);
    }
  }
  return { trail, sent };
};

describe('reminder history rolled up, one row per reason and stay in a status', () => {
  // Registered on Monday 2 March 10:00: due Tuesday 10:00, escalated Thursday 10:00 (London, Monday to Friday 09:00–18:00).
  const stalled = makeComplaint({ status: 'registered', createdAt: MONDAY_10, statusChangedAt: MONDAY_10 });
  const fourWeeks = sweepHourly(stalled, MONDAY_10, 28 * 24);

  it('keeps the once-a-day rule: one reminder every business day, the first when due', () => {
    const days = fourWeeks.sent.map((moment) => businessDayOf(london, moment));
    expect(new Set(days).size).toBe(days.length);
    // Tuesday 3 to Monday 30 March: 20 business days.
    expect(days).toHaveLength(20);
    expect(days[0]).toBe('2026-03-03');
    expect(days.at(-1)).toBe('2026-03-30');
  });

  it('holds a stalled complaint to a trail of two rows: the rolled-up reminders and the one escalation', () => {
    expect(fourWeeks.trail.map((e) => [e.kind, e.reason, e.times, e.level])).toEqual([
      ['reminded', 'reminder.registered', 20, undefined],
      ['escalated', 'escalation.registered', undefined, 1],
    ]);
    const [reminders] = fourWeeks.trail;
    expect(reminders?.at).toBe(fourWeeks.sent.at(-1));
    expect(reminders?.recipients).toEqual(['assignee', 'advocate']);
  });

  it('starts a new row when the status changes, and the escalation ladder again', () => {
    const later = MONDAY_10 + 28 * 24 * HOUR;
    const returned = { ...stalled, status: 'registered' as const, statusChangedAt: later };
    expect(reminderRowKey(returned, { reason: 'reminder.registered' })).not.toBe(reminderRowKey(stalled, { reason: 'reminder.registered' }));
    const week = sweepHourly(returned, later, 7 * 24);
    // Tuesday 31 March to Monday 6 April (this calendar has no holidays): five business days.
    expect(week.trail.map((e) => [e.kind, e.times ?? e.level])).toEqual([
      ['reminded', 5],
      ['escalated', 1],
    ]);
  });

  it('counts a reminder as the day\'s from the opening of its working day', () => {
    expect(reminderDayStart(london, at('2026-03-03T15:30:00Z'))).toBe(at('2026-03-03T09:00:00Z'));
    // British Summer Time: the 09:00 opening is 08:00 UTC.
    expect(reminderDayStart(london, at('2026-06-03T09:30:00Z'))).toBe(at('2026-06-03T08:00:00Z'));
  });
});
