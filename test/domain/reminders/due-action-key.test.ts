import { defaultConfig } from '../../../src/domain/config/parse-config';
import { dueActionKey } from '../../../src/domain/reminders/due-action-key';
import { makeTrailEntry, T0 } from '../factories';

const { calendar } = defaultConfig();
const HOUR = 60 * 60 * 1000;
const reminder = (at: number) => makeTrailEntry({ kind: 'reminded', reason: 'reminder.registered', at });
const escalation = (level: number, at = T0) => makeTrailEntry({ kind: 'escalated', reason: 'escalation.registered', level, at });

describe('the trail key of a due action', () => {
  it('keys a reminder by its business day, so it is sent once a day however often the sweep looks', () => {
    expect(dueActionKey(calendar, { statusChangedAt: T0 }, reminder(T0))).toBe('reminded:reminder.registered:2026-03-02');
    expect(dueActionKey(calendar, { statusChangedAt: T0 }, reminder(T0 + 3 * HOUR))).toBe(dueActionKey(calendar, { statusChangedAt: T0 }, reminder(T0)));
    expect(dueActionKey(calendar, { statusChangedAt: T0 }, reminder(T0 + 24 * HOUR))).toBe('reminded:reminder.registered:2026-03-03');
  });

  it('keys an escalation by its level within one stay in a status, so a later stay escalates again', () => {
    expect(dueActionKey(calendar, { statusChangedAt: T0 }, escalation(1))).toBe(`escalated:escalation.registered:1:${String(T0)}`);
    expect(dueActionKey(calendar, { statusChangedAt: T0 }, escalation(1, T0 + 48 * HOUR))).toBe(dueActionKey(calendar, { statusChangedAt: T0 }, escalation(1)));
    expect(dueActionKey(calendar, { statusChangedAt: T0 }, escalation(2))).not.toBe(dueActionKey(calendar, { statusChangedAt: T0 }, escalation(1)));
    expect(dueActionKey(calendar, { statusChangedAt: T0 + HOUR }, escalation(1))).not.toBe(dueActionKey(calendar, { statusChangedAt: T0 }, escalation(1)));
  });
});
