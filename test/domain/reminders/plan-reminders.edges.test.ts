import { businessDayOf } from '../../../src/domain/calendar/business-calendar';
import type { Complaint } from '../../../src/domain/complaint';
import { reminderSchedule } from '../../../src/domain/reminders/reminder-schedule';
import type { ReminderPolicy } from '../../../src/domain/reminders/reminder-policy.schema';
import { at, london } from '../calendar/calendars';
import { makeComplaint } from '../factories';
import { policyWith, walkByNextDue, walkEvery, type Sent } from './sweep-walk';

// London, Monday to Friday 09:00–18:00, GMT (= UTC) until 2026-03-29.
const QUARTER_HOUR = 15 * 60_000;

const dayAndReason = (sent: readonly Sent[]): string[] => sent.map((s) => `${(s.at ?? '').slice(0, 10)} ${s.reason}`);

/**
 * What a sweep that visits only the moments the plans ask for sends from `from` for `days` days,
 * after checking that a sweep every quarter hour sends the same on the same days, and that
 * running it twice at a moment sends nothing more.
 */
const walk = (complaint: Complaint, policy: ReminderPolicy, from: string, days: number): Sent[] => {
  const route = { complaint, calendar: london, policy, from: at(from), until: at(from) + days * 86_400_000 };
  const every = walkEvery(route, QUARTER_HOUR);
  expect(every.repeated).toEqual([]);
  const sent = walkByNextDue(route).sent;
  expect(dayAndReason(every.sent)).toEqual(dayAndReason(sent));
  return sent;
};

/** How many reminders each role got on each business day: at most one is the rule. */
const perRoleAndDay = (sent: readonly Sent[]): number[] => {
  const counts = new Map<string, number>();
  for (const s of sent.filter((x) => x.reason.startsWith('reminder.'))) {
    for (const role of s.to) {
      const key = `${role} ${businessDayOf(london, Date.parse(s.at ?? ''))}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...new Set(counts.values())];
};

const inProgress = (overrides: Partial<Complaint> = {}) =>
  makeComplaint({ status: 'in_progress', createdAt: at('2026-03-02T10:00:00Z'), statusChangedAt: at('2026-03-09T10:00:00Z'), measuresDeadline: '2026-03-13', ...overrides });
const registered = makeComplaint({ createdAt: at('2026-03-02T10:00:00Z'), statusChangedAt: at('2026-03-02T10:00:00Z') });
const measuresDone = makeComplaint({ status: 'measures_done', createdAt: at('2026-03-02T10:00:00Z'), statusChangedAt: at('2026-03-09T10:00:00Z') });

describe('remindBeforeBusinessDays: 0', () => {
  const policy = policyWith({ inProgress: { remindBeforeBusinessDays: 0 } });

  it('reminds the lead once on the deadline day, then once each day overdue', () => {
    const sent = walk(inProgress(), policy, '2026-03-09T10:00:00Z', 10);
    expect(sent.filter((s) => s.at?.startsWith('2026-03-13'))).toEqual([{ at: '2026-03-13T09:00:00.000Z', reason: 'reminder.in_progress.deadline', to: ['assignee'], level: 0 }]);
    expect(sent.filter((s) => s.reason === 'reminder.in_progress.before_deadline')).toEqual([]);
    expect(perRoleAndDay(sent)).toEqual([1]);
  });

  it('leaves the deadline day one window only: the deadline’s own', () => {
    const schedule = reminderSchedule(london, inProgress(), policy);
    const deadlineDay = schedule.reminders.filter((w) => w.from < at('2026-03-13T18:00:00Z') && w.until > at('2026-03-13T09:00:00Z'));
    expect(deadlineDay.map((w) => w.reason)).toEqual(['reminder.in_progress.deadline']);
  });

  it.each([
    ['started on the deadline day, before the opening', '2026-03-13T07:00:00Z', '2026-03-13T09:00:00.000Z'],
    ['started on the deadline day, in the afternoon', '2026-03-13T15:00:00Z', '2026-03-13T15:00:00.000Z'],
    ['started after the deadline day', '2026-03-16T11:00:00Z', '2026-03-16T11:00:00.000Z'],
  ])('reminds once a day when the work %s', (_name, since, first) => {
    const sent = walk(inProgress({ statusChangedAt: at(since) }), policy, since, 5);
    expect(sent[0]?.at).toBe(first);
    expect(perRoleAndDay(sent)).toEqual([1]);
  });
});

describe('the policy at its other edges', () => {
  it('remindBeforeBusinessDays past the start of work: no early warning, the deadline day as usual', () => {
    const sent = walk(inProgress(), policyWith({ inProgress: { remindBeforeBusinessDays: 365 } }), '2026-03-09T10:00:00Z', 5);
    expect(sent.map((s) => `${s.at ?? ''} ${s.reason}`)).toEqual(['2026-03-13T09:00:00.000Z reminder.in_progress.deadline']);
  });

  it('in progress, escalating 0 days after the deadline: at the next opening after its close, once', () => {
    const sent = walk(inProgress(), policyWith({ inProgress: { escalateAfterBusinessDays: 0 } }), '2026-03-09T10:00:00Z', 10);
    expect(sent.filter((s) => s.level > 0)).toEqual([{ at: '2026-03-16T09:00:00.000Z', reason: 'escalation.in_progress', to: ['escalation_manager'], level: 1 }]);
  });

  it('registered, due and escalating 0 days after: the lead, the advocate and the escalation manager at once, then a daily reminder', () => {
    const sent = walk(registered, policyWith({ registered: { dueBusinessDays: 0, escalateAfterBusinessDays: 0 } }), '2026-03-02T10:00:00Z', 3);
    expect(sent).toEqual([
      { at: '2026-03-02T10:00:00.000Z', reason: 'reminder.registered', to: ['assignee', 'advocate'], level: 0 },
      { at: '2026-03-02T10:00:00.000Z', reason: 'escalation.registered', to: ['escalation_manager'], level: 1 },
      { at: '2026-03-03T09:00:00.000Z', reason: 'reminder.registered', to: ['assignee', 'advocate'], level: 0 },
      { at: '2026-03-04T09:00:00.000Z', reason: 'reminder.registered', to: ['assignee', 'advocate'], level: 0 },
      { at: '2026-03-05T09:00:00.000Z', reason: 'reminder.registered', to: ['assignee', 'advocate'], level: 0 },
    ]);
  });

  it('registered, escalating before the step is due: the escalation first, once, and the reminders from the due day', () => {
    const sent = walk(registered, policyWith({ registered: { dueBusinessDays: 3, escalateAfterBusinessDays: 1 } }), '2026-03-02T10:00:00Z', 5);
    expect(sent.map((s) => `${s.at ?? ''} ${s.reason}`)).toEqual([
      '2026-03-03T10:00:00.000Z escalation.registered',
      '2026-03-05T10:00:00.000Z reminder.registered',
      '2026-03-06T09:00:00.000Z reminder.registered',
    ]);
  });

  it('measures done, due and escalating 0 days after: the advocate and the manager group at once', () => {
    const sent = walk(measuresDone, policyWith({ measuresDone: { dueBusinessDays: 0, escalateAfterBusinessDays: 0 } }), '2026-03-09T10:00:00Z', 1);
    expect(sent).toEqual([
      { at: '2026-03-09T10:00:00.000Z', reason: 'reminder.measures_done', to: ['advocate'], level: 0 },
      { at: '2026-03-09T10:00:00.000Z', reason: 'escalation.measures_done', to: ['manager_group'], level: 1 },
      { at: '2026-03-10T09:00:00.000Z', reason: 'reminder.measures_done', to: ['advocate'], level: 0 },
    ]);
  });

  it('a step due in 365 business days sends nothing for weeks', () => {
    const policy = policyWith({ registered: { dueBusinessDays: 365, escalateAfterBusinessDays: 365 } });
    expect(walk(registered, policy, '2026-03-02T10:00:00Z', 21)).toEqual([]);
  });

  it.each([
    // A custom limit of 10 calendar days, to the end of 03-12, 254 hours from receipt: 1% of it is 2 h 32 min 24 s.
    [0.01, '2026-03-02T12:32:24.000Z'],
    // 99% of it falls on the last evening, out of hours: the next opening.
    [0.99, '2026-03-13T09:00:00.000Z'],
  ])('the regulatory alert at %f of the limit, once', (share, first) => {
    const policy = policyWith({ overall: { preset: 'custom', customFinalResponseDays: 10, escalateAtShare: share }, registered: { dueBusinessDays: 365, escalateAfterBusinessDays: 365 } });
    const sent = walk(registered, policy, '2026-03-02T10:00:00Z', 14);
    expect(sent.map((s) => [s.at, s.reason, s.level])).toEqual([[first, 'escalation.overall', 2]]);
  });
});
