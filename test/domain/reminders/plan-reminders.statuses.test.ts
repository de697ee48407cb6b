import type { Complaint } from '../../../src/domain/complaint';
import { planReminders } from '../../../src/domain/reminders/plan-reminders';
import { at, london } from '../calendar/calendars';
import { makeComplaint } from '../factories';
import { defaultPolicy, iso, policyWith, walkByNextDue, walkEvery, type Sent } from './sweep-walk';

// London, Monday to Friday 09:00–18:00, GMT (= UTC) throughout March 2026 until the 29th.
const QUARTER_HOUR = 15 * 60_000;
const LEAD_AND_ADVOCATE = ['assignee', 'advocate'];

const planned = (complaint: Complaint, now: string, policy = defaultPolicy) => {
  const plan = planReminders({ complaint, trail: [], policy, calendar: london, now: at(now) });
  return { actions: plan.actions.map((a) => [a.reason, a.recipients, a.level]), nextDueAt: iso(plan.nextDueAt) };
};

describe('a stalled Registered complaint, walked day by day with the default policy', () => {
  // Registered Monday 2026-03-02 10:00. Due: +1 business day = Tue 10:00. Escalation: +3 = Thu 10:00.
  const complaint = makeComplaint({ status: 'registered', createdAt: at('2026-03-02T10:00:00Z'), statusChangedAt: at('2026-03-02T10:00:00Z') });
  const walk = { complaint, calendar: london, from: at('2026-03-02T09:00:00Z'), until: at('2026-03-09T18:00:00Z') };
  const expected: Sent[] = [
    { at: '2026-03-03T10:00:00.000Z', reason: 'reminder.registered', to: LEAD_AND_ADVOCATE, level: 0 }, // Tue: due
    { at: '2026-03-04T09:00:00.000Z', reason: 'reminder.registered', to: LEAD_AND_ADVOCATE, level: 0 }, // Wed opening
    { at: '2026-03-05T09:00:00.000Z', reason: 'reminder.registered', to: LEAD_AND_ADVOCATE, level: 0 }, // Thu opening
    { at: '2026-03-05T10:00:00.000Z', reason: 'escalation.registered', to: ['escalation_manager'], level: 1 }, // Thu: 3 business days
    { at: '2026-03-06T09:00:00.000Z', reason: 'reminder.registered', to: LEAD_AND_ADVOCATE, level: 0 }, // Fri opening
    { at: '2026-03-09T09:00:00.000Z', reason: 'reminder.registered', to: LEAD_AND_ADVOCATE, level: 0 }, // Mon; the weekend is skipped
  ];

  it('a sweep every 15 minutes sends exactly this, and a repeated run sends nothing more', () => {
    const result = walkEvery(walk, QUARTER_HOUR);
    expect(result.sent).toEqual(expected);
    expect(result.repeated).toEqual([]);
  });

  it('a sweep that only visits nextDueAt sends the same, visiting no other moment', () => {
    const result = walkByNextDue({ ...walk, from: complaint.createdAt });
    expect(result.sent).toEqual(expected);
    expect(result.visits).toEqual([
      '2026-03-02T10:00:00.000Z', // registration: nothing yet
      '2026-03-03T10:00:00.000Z',
      '2026-03-04T09:00:00.000Z',
      '2026-03-05T09:00:00.000Z',
      '2026-03-05T10:00:00.000Z',
      '2026-03-06T09:00:00.000Z',
      '2026-03-09T09:00:00.000Z',
    ]);
  });
});

describe('In progress with a Measures deadline on Friday 2026-03-13 (status changed Monday 03-09 10:00)', () => {
  const inProgress = (overrides: Partial<Complaint> = {}): Complaint =>
    makeComplaint({
      status: 'in_progress',
      createdAt: at('2026-03-02T10:00:00Z'),
      statusChangedAt: at('2026-03-09T10:00:00Z'),
      measuresDeadline: '2026-03-13',
      ...overrides,
    });

  it.each([
    { name: 'Wed: too early', now: '2026-03-11T12:00:00Z', actions: [], next: '2026-03-12T09:00:00.000Z' },
    { name: 'Thu: 1 business day before', now: '2026-03-12T12:00:00Z', actions: [['reminder.in_progress.before_deadline', ['assignee'], 0]], next: '2026-03-13T09:00:00.000Z' },
    { name: 'Fri: the deadline day', now: '2026-03-13T12:00:00Z', actions: [['reminder.in_progress.deadline', ['assignee'], 0]], next: '2026-03-16T09:00:00.000Z' },
    // Escalation: Fri close + 2 business days = Tue 03-17 18:00, first sendable Wed 09:00.
    { name: 'Mon: overdue', now: '2026-03-16T12:00:00Z', actions: [['reminder.in_progress.overdue', ['assignee'], 0]], next: '2026-03-17T09:00:00.000Z' },
    { name: 'Tue: overdue, escalation not yet', now: '2026-03-17T17:59:00Z', actions: [['reminder.in_progress.overdue', ['assignee'], 0]], next: '2026-03-18T09:00:00.000Z' },
    {
      name: 'Wed: overdue and escalated',
      now: '2026-03-18T09:00:00Z',
      actions: [
        ['reminder.in_progress.overdue', ['assignee'], 0],
        ['escalation.in_progress', ['escalation_manager'], 1],
      ],
      next: '2026-03-19T09:00:00.000Z',
    },
  ])('$name', ({ now, actions, next }) => {
    expect(planned(inProgress(), now)).toEqual({ actions, nextDueAt: next });
  });

  it('walks before, at and after the deadline, once per business day', () => {
    const walk = { complaint: inProgress(), calendar: london, from: at('2026-03-09T10:00:00Z'), until: at('2026-03-19T18:00:00Z') };
    const expected: Sent[] = [
      { at: '2026-03-12T09:00:00.000Z', reason: 'reminder.in_progress.before_deadline', to: ['assignee'], level: 0 },
      { at: '2026-03-13T09:00:00.000Z', reason: 'reminder.in_progress.deadline', to: ['assignee'], level: 0 },
      { at: '2026-03-16T09:00:00.000Z', reason: 'reminder.in_progress.overdue', to: ['assignee'], level: 0 },
      { at: '2026-03-17T09:00:00.000Z', reason: 'reminder.in_progress.overdue', to: ['assignee'], level: 0 },
      { at: '2026-03-18T09:00:00.000Z', reason: 'reminder.in_progress.overdue', to: ['assignee'], level: 0 },
      { at: '2026-03-18T09:00:00.000Z', reason: 'escalation.in_progress', to: ['escalation_manager'], level: 1 },
      { at: '2026-03-19T09:00:00.000Z', reason: 'reminder.in_progress.overdue', to: ['assignee'], level: 0 },
    ];
    expect(walkByNextDue(walk).sent).toEqual(expected);
    const every = walkEvery(walk, QUARTER_HOUR);
    expect(every.sent).toEqual(expected);
    expect(every.repeated).toEqual([]);
  });

  it.each([
    { name: 'a Saturday deadline counts as Friday', overrides: { measuresDeadline: '2026-03-14' }, policy: defaultPolicy, now: '2026-03-13T12:00:00Z', reason: 'reminder.in_progress.deadline' },
    // Fri 03-13 minus 3 working days = Tue 03-10.
    { name: '3 days before: Tuesday', overrides: {}, policy: policyWith({ inProgress: { remindBeforeBusinessDays: 3 } }), now: '2026-03-10T12:00:00Z', reason: 'reminder.in_progress.before_deadline' },
    { name: '0 days before: the deadline day itself', overrides: {}, policy: policyWith({ inProgress: { remindBeforeBusinessDays: 0 } }), now: '2026-03-13T12:00:00Z', reason: 'reminder.in_progress.deadline' },
  ])('$name', ({ overrides, policy, now, reason }) => {
    expect(planned(inProgress(overrides), now, policy).actions[0]?.[0]).toBe(reason);
  });

  it.each([
    // Warned on Tue 03-10; Wed and Thu stay quiet until the deadline day.
    { name: 'reminding 3 days before: nothing on Wednesday', policy: policyWith({ inProgress: { remindBeforeBusinessDays: 3 } }), now: '2026-03-11T12:00:00Z' },
    { name: 'reminding 0 days before: nothing the day before', policy: policyWith({ inProgress: { remindBeforeBusinessDays: 0 } }), now: '2026-03-12T12:00:00Z' },
  ])('$name; next is the deadline day opening', ({ policy, now }) => {
    expect(planned(inProgress(), now, policy)).toEqual({ actions: [], nextDueAt: '2026-03-13T09:00:00.000Z' });
  });

  it('returned for rework on Wed 03-18 10:00 with the old deadline: overdue and escalated at once (Fri close + 2 days is before the status change)', () => {
    expect(planned(inProgress({ statusChangedAt: at('2026-03-18T10:00:00Z') }), '2026-03-18T10:00:00Z').actions).toEqual([
      ['reminder.in_progress.overdue', ['assignee'], 0],
      ['escalation.in_progress', ['escalation_manager'], 1],
    ]);
  });

  it('without a deadline, chases like Registered from the status change (due +1, escalate +3 business days)', () => {
    const complaint = inProgress({ measuresDeadline: null });
    expect(planned(complaint, '2026-03-10T09:59:00Z')).toEqual({ actions: [], nextDueAt: '2026-03-10T10:00:00.000Z' });
    expect(planned(complaint, '2026-03-10T10:00:00Z').actions).toEqual([['reminder.in_progress.no_deadline', LEAD_AND_ADVOCATE, 0]]);
    expect(planned(complaint, '2026-03-12T10:00:00Z').actions).toEqual([
      ['reminder.in_progress.no_deadline', LEAD_AND_ADVOCATE, 0],
      ['escalation.in_progress', ['escalation_manager'], 1],
    ]);
  });
});

describe('Measures done (status changed Monday 2026-03-02 10:00)', () => {
  // Due: +2 business days = Wed 10:00. Escalation to the manager group: +5 = next Mon 10:00.
  const complaint = makeComplaint({ status: 'measures_done', createdAt: at('2026-02-23T10:00:00Z'), statusChangedAt: at('2026-03-02T10:00:00Z') });

  it('reminds the advocate from Wednesday and escalates to the manager group the next Monday', () => {
    const walk = { complaint, calendar: london, from: complaint.statusChangedAt, until: at('2026-03-10T18:00:00Z') };
    const expected: Sent[] = [
      { at: '2026-03-04T10:00:00.000Z', reason: 'reminder.measures_done', to: ['advocate'], level: 0 },
      { at: '2026-03-05T09:00:00.000Z', reason: 'reminder.measures_done', to: ['advocate'], level: 0 },
      { at: '2026-03-06T09:00:00.000Z', reason: 'reminder.measures_done', to: ['advocate'], level: 0 },
      { at: '2026-03-09T09:00:00.000Z', reason: 'reminder.measures_done', to: ['advocate'], level: 0 },
      { at: '2026-03-09T10:00:00.000Z', reason: 'escalation.measures_done', to: ['manager_group'], level: 1 },
      { at: '2026-03-10T09:00:00.000Z', reason: 'reminder.measures_done', to: ['advocate'], level: 0 },
    ];
    expect(walkByNextDue(walk).sent).toEqual(expected);
    expect(walkEvery(walk, QUARTER_HOUR).sent).toEqual(expected);
  });
});
