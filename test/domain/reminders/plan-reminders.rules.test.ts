import type { Complaint, TrailEntry } from '../../../src/domain/complaint';
import { planReminders } from '../../../src/domain/reminders/plan-reminders';
import type { ReminderPolicy } from '../../../src/domain/reminders/reminder-policy.schema';
import { reminderSchedule } from '../../../src/domain/reminders/reminder-schedule';
import { trailEntriesFor } from '../../../src/domain/reminders/trail-entries-for';
import type { BusinessCalendar } from '../../../src/domain/calendar/business-calendar.schema';
import { at, kyivEveryDay, london, newYork } from '../calendar/calendars';
import { makeComplaint, makeTrailEntry } from '../factories';
import { defaultPolicy, iso, policyWith } from './sweep-walk';

// Unless a case says otherwise: London, Monday to Friday 09:00–18:00, GMT (= UTC) before 2026-03-29.
// A Registered complaint from Monday 2026-03-02 10:00 is due Tue 10:00 and escalates Thu 10:00.
const MONDAY_10 = at('2026-03-02T10:00:00Z');
const registered = (overrides: Partial<Complaint> = {}): Complaint =>
  makeComplaint({ status: 'registered', createdAt: MONDAY_10, statusChangedAt: MONDAY_10, ...overrides });

interface Case {
  complaint?: Complaint;
  trail?: readonly TrailEntry[];
  policy?: ReminderPolicy;
  calendar?: BusinessCalendar;
  now: string;
}

const plan = ({ complaint = registered(), trail = [], policy = defaultPolicy, calendar = london, now }: Case) => {
  const result = planReminders({ complaint, trail, policy, calendar, now: at(now) });
  return { actions: result.actions.map((a) => [a.reason, a.recipients, a.level]), nextDueAt: iso(result.nextDueAt) };
};

const reminded = (when: string, recipients: string[]): TrailEntry =>
  makeTrailEntry({ kind: 'reminded', at: at(when), recipients, reason: 'reminder.registered' });
const escalated = (when: string, level: number, reason = 'escalation.registered'): TrailEntry =>
  makeTrailEntry({ kind: 'escalated', at: at(when), level, reason, recipients: ['escalation_manager'] });

describe('the overall regulatory alert at 80% of the final-response limit', () => {
  // In progress with a far deadline, so only the overall rule can fire in April.
  const longRunning = (createdAt: string): Complaint =>
    makeComplaint({ status: 'in_progress', createdAt: at(createdAt), statusChangedAt: at(createdAt) + 86_400_000, measuresDeadline: '2026-12-31' });
  const OVERALL = [['escalation.overall', ['advocate', 'manager_group'], 2]];

  // FCA, received Mon 2026-03-02 10:00Z; final = 2026-04-27T22:59:59.999Z (see regulatory-deadlines.test.ts).
  // Limit = 56 d + 12:59:59.999 = 4 885 199 999 ms; 80% = 3 908 159 999.2 ms = 45 d 5:35:59.999,
  // so the alert is due 2026-04-16T15:35:59.999Z (16:35 BST, a Thursday, in working time).
  const fca = policyWith({ overall: { preset: 'fca' } });
  // CFPB in New York, received Mon 2026-03-02 15:00Z; final = 2026-05-02T03:59:59.999Z.
  // Limit = 60 d + 12:59:59.999 = 5 230 799 999 ms; 80% = 4 184 639 999.2 ms = 48 d 10:23:59.999,
  // so due 2026-04-20T01:23:59.999Z = Sunday 21:24 EDT; first sendable Monday 09:00 EDT = 13:00Z.
  const cfpb = policyWith({ overall: { preset: 'cfpb' } });

  it.each([
    { name: 'FCA just before 80%', complaint: longRunning('2026-03-02T10:00:00Z'), policy: fca, calendar: london, now: '2026-04-16T15:35:00Z', actions: [], next: '2026-04-16T15:35:59.999Z' },
    { name: 'FCA at 80%', complaint: longRunning('2026-03-02T10:00:00Z'), policy: fca, calendar: london, now: '2026-04-16T15:36:00Z', actions: OVERALL, next: '2026-12-30T09:00:00.000Z' },
    { name: 'CFPB on Monday before hours', complaint: longRunning('2026-03-02T15:00:00Z'), policy: cfpb, calendar: newYork, now: '2026-04-20T12:59:00Z', actions: [], next: '2026-04-20T13:00:00.000Z' },
    { name: 'CFPB at the Monday opening', complaint: longRunning('2026-03-02T15:00:00Z'), policy: cfpb, calendar: newYork, now: '2026-04-20T13:00:00Z', actions: OVERALL, next: '2026-12-30T14:00:00.000Z' },
    { name: 'no preset, no alert', complaint: longRunning('2026-03-02T15:00:00Z'), policy: defaultPolicy, calendar: newYork, now: '2026-04-20T13:00:00Z', actions: [], next: '2026-12-30T14:00:00.000Z' },
  ])('$name', ({ complaint, policy, calendar, now, actions, next }) => {
    // Without the alert, the next thing due is the reminder on Wed 2026-12-30, the working day before the deadline.
    expect(plan({ complaint, policy, calendar, now })).toEqual({ actions, nextDueAt: next });
  });

  it('is sent once per complaint, even after the status changes', () => {
    const afterStatusChange = longRunning('2026-03-02T10:00:00Z');
    const trail = [makeTrailEntry({ kind: 'escalated', at: at('2026-03-02T12:00:00Z'), level: 2, reason: 'escalation.overall' })];
    expect(plan({ complaint: afterStatusChange, trail, policy: fca, now: '2026-04-16T15:36:00Z' }).actions).toEqual([]);
  });

  it('is sent even when the customer escalated to the top rung from the portal in this status', () => {
    const complaint = longRunning('2026-03-02T10:00:00Z');
    const trail = [makeTrailEntry({ kind: 'customer_escalated', at: at('2026-04-10T12:00:00Z'), status: 'in_progress', level: 2, reason: 'customer.escalated.disagree' })];
    expect(plan({ complaint, trail, policy: fca, now: '2026-04-16T15:36:00Z' }).actions).toEqual(OVERALL);
  });

  it('a sweep that missed both sends the status escalation and the overall alert, in ladder order', () => {
    // Custom 5 days from Mon 10:00: final = Sat 03-07 23:59:59.999Z, 80% of 5 d 13:59:59.999 is Fri 03-06 21:12.
    // On Mon 03-09 09:00 the Registered escalation (Thu 10:00) and the alert are both overdue.
    const custom = policyWith({ overall: { preset: 'custom', customFinalResponseDays: 5 } });
    expect(plan({ policy: custom, now: '2026-03-09T09:00:00Z' }).actions).toEqual([
      ['reminder.registered', ['assignee', 'advocate'], 0],
      ['escalation.registered', ['escalation_manager'], 1],
      ['escalation.overall', ['advocate', 'manager_group'], 2],
    ]);
  });
});

describe('at most one reminder per recipient per complaint per business day', () => {
  it.each([
    { name: 'both reminded this morning: nothing until tomorrow', trail: [reminded('2026-03-04T09:00:00Z', ['assignee', 'advocate'])], actions: [], next: '2026-03-05T09:00:00.000Z' },
    { name: 'only the lead reminded: the advocate still is', trail: [reminded('2026-03-04T09:00:00Z', ['assignee'])], actions: [['reminder.registered', ['advocate'], 0]], next: '2026-03-05T09:00:00.000Z' },
    { name: 'reminded yesterday: again today', trail: [reminded('2026-03-03T10:00:00Z', ['assignee', 'advocate'])], actions: [['reminder.registered', ['assignee', 'advocate'], 0]], next: '2026-03-05T09:00:00.000Z' },
    {
      name: 'a nudge by the advocate is not a sweep reminder',
      trail: [makeTrailEntry({ kind: 'nudged', at: at('2026-03-04T09:00:00Z'), recipients: ['assignee'] })],
      actions: [['reminder.registered', ['assignee', 'advocate'], 0]],
      next: '2026-03-05T09:00:00.000Z',
    },
  ])('$name', ({ trail, actions, next }) => {
    expect(plan({ trail, now: '2026-03-04T15:00:00Z' })).toEqual({ actions, nextDueAt: next });
  });

  it('counts the business day in the calendar zone, not in UTC', () => {
    // Kyiv (EET = UTC+2): 2026-03-03T23:30Z is Wednesday 01:30 local, so Wednesday's reminder is taken.
    const trail = [reminded('2026-03-03T23:30:00Z', ['assignee', 'advocate'])];
    expect(plan({ trail, calendar: kyivEveryDay, now: '2026-03-04T10:00:00Z' }).actions).toEqual([]);
    // The same entry seen from London (GMT) is Tuesday 23:30, so Wednesday's reminder is due.
    expect(plan({ trail, calendar: london, now: '2026-03-04T10:00:00Z' }).actions).toEqual([['reminder.registered', ['assignee', 'advocate'], 0]]);
  });
});

describe('the escalation level only rises until the status changes', () => {
  it.each([
    { name: 'no escalation yet: level 1 is sent', trail: [], escalations: [['escalation.registered', ['escalation_manager'], 1]] },
    { name: 'level 1 reached in this status: nothing', trail: [escalated('2026-03-05T09:30:00Z', 1)], escalations: [] },
    { name: 'level 2 reached in this status: the lower level 1 stays silent', trail: [escalated('2026-03-03T10:00:00Z', 2, 'escalation.overall')], escalations: [] },
    // Written before this status began (statusChangedAt is Mon 10:00): it no longer counts.
    { name: 'level 1 from the previous status: level 1 again', trail: [escalated('2026-03-02T09:00:00Z', 1)], escalations: [['escalation.registered', ['escalation_manager'], 1]] },
    { name: 'an escalated entry without a level counts as 0', trail: [makeTrailEntry({ kind: 'escalated', at: at('2026-03-05T09:30:00Z') })], escalations: [['escalation.registered', ['escalation_manager'], 1]] },
    // The customer's escalation from the portal is theirs, not a step of the sweep's ladder: it silences none of it.
    {
      name: 'the customer escalated in this status: level 1 is still sent',
      trail: [makeTrailEntry({ kind: 'customer_escalated', at: at('2026-03-03T10:00:00Z'), level: 1, reason: 'customer.escalated.overdue' })],
      escalations: [['escalation.registered', ['escalation_manager'], 1]],
    },
  ])('$name', ({ trail, escalations }) => {
    const actions = plan({ trail, now: '2026-03-05T10:00:00Z' }).actions.filter(([reason]) => String(reason).startsWith('escalation.'));
    expect(actions).toEqual(escalations);
  });
});

describe('only in business hours', () => {
  it.each([
    { name: 'Saturday with a reminder pending: look again at the Monday opening', complaint: registered(), now: '2026-03-07T12:00:00Z', next: '2026-03-09T09:00:00.000Z' },
    { name: 'Wednesday night with a reminder pending: the Thursday opening', complaint: registered(), now: '2026-03-04T20:00:00Z', next: '2026-03-05T09:00:00.000Z' },
    // Registered Fri 17:00: 1 h on Friday + 8 h on Monday makes it due Mon 17:00; nothing is due at the Monday opening.
    {
      name: 'Friday night with nothing due at the opening: the first moment something is',
      complaint: registered({ createdAt: at('2026-03-06T17:00:00Z'), statusChangedAt: at('2026-03-06T17:00:00Z') }),
      now: '2026-03-06T20:00:00Z',
      next: '2026-03-09T17:00:00.000Z',
    },
  ])('$name', ({ complaint, now, next }) => {
    expect(plan({ complaint, now })).toEqual({ actions: [], nextDueAt: next });
  });
});

describe('closed complaints', () => {
  const closed = registered({ status: 'closed', resolution: 'done', closedAt: at('2026-03-03T10:00:00Z') });

  it('have nothing due and no next moment', () => {
    expect(plan({ complaint: closed, now: '2026-03-05T10:00:00Z' })).toEqual({ actions: [], nextDueAt: null });
  });

  it('have an empty schedule, even under a regulatory preset', () => {
    expect(reminderSchedule(london, closed, policyWith({ overall: { preset: 'fca' } }))).toEqual({ dueAt: null, reminders: [], escalations: [] });
  });
});

describe('a complaint in triage (nobody responsible, whoever the Jira assignee)', () => {
  it.each([
    { name: 'Registered: the advocate alone', complaint: registered({ responsibleAccountId: null, assigneeAccountId: 'registrar-1' }), now: '2026-03-03T10:00:00Z', reason: 'reminder.registered' },
    {
      name: 'In progress: the advocate instead of the lead',
      complaint: registered({ status: 'in_progress', responsibleAccountId: null, measuresDeadline: '2026-03-04' }),
      now: '2026-03-04T10:00:00Z',
      reason: 'reminder.in_progress.deadline',
    },
  ])('$name', ({ complaint, now, reason }) => {
    expect(plan({ complaint, now }).actions).toEqual([[reason, ['advocate'], 0]]);
  });
});

describe('idempotency', () => {
  it('planning again at the same moment, after writing the actions to the trail, sends nothing and keeps nextDueAt', () => {
    // Thursday 10:00: a reminder and the level-1 escalation are both due.
    const complaint = registered();
    const input = { complaint, trail: [], policy: defaultPolicy, calendar: london, now: at('2026-03-05T10:00:00Z') };
    const first = planReminders(input);
    expect(first.actions.map((a) => a.reason)).toEqual(['reminder.registered', 'escalation.registered']);
    const again = planReminders({ ...input, trail: trailEntriesFor(complaint, first.actions, input.now) });
    expect(again).toEqual({ actions: [], nextDueAt: first.nextDueAt, dueAt: first.dueAt });
    expect(iso(first.nextDueAt)).toBe('2026-03-06T09:00:00.000Z');
  });
});

describe('trailEntriesFor', () => {
  it('records roles as recipients, the reason, and the level of escalations only', () => {
    const complaint = registered({ issueId: '42' });
    const entries = trailEntriesFor(
      complaint,
      [
        { kind: 'reminder', recipients: ['assignee', 'advocate'], level: 0, reason: 'reminder.registered' },
        { kind: 'escalation', recipients: ['escalation_manager'], level: 1, reason: 'escalation.registered' },
      ],
      MONDAY_10,
    );
    expect(entries).toEqual([
      { issueId: '42', at: MONDAY_10, kind: 'reminded', actorAccountId: null, reason: 'reminder.registered', recipients: ['assignee', 'advocate'], status: 'registered' },
      { issueId: '42', at: MONDAY_10, kind: 'escalated', actorAccountId: null, reason: 'escalation.registered', recipients: ['escalation_manager'], status: 'registered', level: 1 },
    ]);
  });
});

describe('dueAt: when the current step falls due, which reminders never move', () => {
  it.each([
    // Registered Mon 10:00 + 1 business day (9 working hours) = Tue 10:00.
    { name: 'Registered', complaint: registered(), now: '2026-03-05T10:00:00Z', due: '2026-03-03T10:00:00.000Z' },
    // Measures done Mon 10:00 + 2 business days = Wed 10:00.
    { name: 'Measures done', complaint: registered({ status: 'measures_done' }), now: '2026-03-09T11:00:00Z', due: '2026-03-04T10:00:00.000Z' },
    // In progress: the close (18:00 GMT) of the deadline's day, Wednesday 4 March.
    { name: 'In progress', complaint: registered({ status: 'in_progress', measuresDeadline: '2026-03-04' }), now: '2026-03-10T10:00:00Z', due: '2026-03-04T18:00:00.000Z' },
    // Outside working hours nothing is sent, but the step is still due when it was.
    { name: 'at night', complaint: registered(), now: '2026-03-05T23:00:00Z', due: '2026-03-03T10:00:00.000Z' },
  ])('$name', ({ complaint, now, due }) => {
    const first = planReminders({ complaint, trail: [], policy: defaultPolicy, calendar: london, now: at(now) });
    expect(iso(first.dueAt)).toBe(due);
    const afterReminding = planReminders({
      complaint,
      trail: trailEntriesFor(complaint, first.actions, at(now)),
      policy: defaultPolicy,
      calendar: london,
      now: at(now) + 3_600_000,
    });
    expect(iso(afterReminding.dueAt)).toBe(due);
  });

  it('is null once closed', () => {
    const closed = registered({ status: 'closed', resolution: 'done', closedAt: MONDAY_10 });
    expect(planReminders({ complaint: closed, trail: [], policy: defaultPolicy, calendar: london, now: MONDAY_10 }).dueAt).toBeNull();
  });
});
