import type { Complaint } from '../../../src/domain/complaint';
import { dueNotice } from '../../../src/domain/reminders/due-notice';
import { planReminders } from '../../../src/domain/reminders/plan-reminders';
import type { ReminderPolicy } from '../../../src/domain/reminders/reminder-policy.schema';
import { at } from '../calendar/calendars';
import { makeComplaint, makeConfig } from '../factories';
import { defaultPolicy, policyWith } from './sweep-walk';

// London calendar. Billing: lead, escalation manager and advocate of its own; Delivery: no advocate; Support: nobody.
const config = makeConfig({ groups: { advocate: 'voice', manager: 'board' } });

/** Each action due at `now`, with the message and the people it goes to. */
const noticesAt = (complaint: Complaint, now: string, policy: ReminderPolicy = defaultPolicy) => {
  const plan = planReminders({ complaint, trail: [], policy, calendar: config.calendar, now: at(now) });
  return plan.actions.map((action) => {
    const { to, message } = dueNotice(config, complaint, plan.dueAt, action);
    return { reason: action.reason, level: action.level, to, message };
  });
};

const lead = { accountIds: ['lead-billing'], groups: [] };
// The advocate's copy of a reminder is the day's digest now (issue 17): nobody is told per issue.
const nobody = { accountIds: [], groups: [] };
const escalationManager = { accountIds: ['manager-billing'], groups: [] };
const board = { accountIds: [], groups: ['board'] };

// Registered Monday 2026-03-02 10:00; in progress or measures done from Monday 03-09 10:00, deadline Friday 03-13.
const registered = makeComplaint({ createdAt: at('2026-03-02T10:00:00Z'), statusChangedAt: at('2026-03-02T10:00:00Z') });
const inProgress = makeComplaint({ status: 'in_progress', createdAt: at('2026-03-02T10:00:00Z'), statusChangedAt: at('2026-03-09T10:00:00Z'), measuresDeadline: '2026-03-13' });
const measuresDone = makeComplaint({ status: 'measures_done', createdAt: at('2026-03-02T10:00:00Z'), statusChangedAt: at('2026-03-09T10:00:00Z') });

describe('who each reminder and escalation reaches per issue: pinned', () => {
  it.each([
    ['Registered, a business day on: the lead (the advocate reads the digest)', registered, '2026-03-03T10:00:00Z', [['reminder.registered', 0, lead]]],
    ['Registered, three business days on: the escalation manager (level 1)', registered, '2026-03-05T10:00:00Z', [['reminder.registered', 0, lead], ['escalation.registered', 1, escalationManager]]],
    ['In progress, a business day before the deadline: the lead alone', inProgress, '2026-03-12T09:00:00Z', [['reminder.in_progress.before_deadline', 0, lead]]],
    ['In progress, on the deadline day: the lead alone', inProgress, '2026-03-13T09:00:00Z', [['reminder.in_progress.deadline', 0, lead]]],
    ['In progress, overdue: the lead alone', inProgress, '2026-03-16T09:00:00Z', [['reminder.in_progress.overdue', 0, lead]]],
    ['In progress, two business days overdue: the escalation manager (level 1)', inProgress, '2026-03-18T09:00:00Z', [['reminder.in_progress.overdue', 0, lead], ['escalation.in_progress', 1, escalationManager]]],
    ['In progress without a deadline: the lead (the advocate reads the digest)', { ...inProgress, measuresDeadline: null }, '2026-03-10T10:00:00Z', [['reminder.in_progress.no_deadline', 0, lead]]],
    ['Measures done, two business days on: nobody per issue (the advocate reads the digest)', measuresDone, '2026-03-11T10:00:00Z', [['reminder.measures_done', 0, nobody]]],
    ['Measures done, five business days on: the manager group (level 1)', measuresDone, '2026-03-16T10:00:00Z', [['reminder.measures_done', 0, nobody], ['escalation.measures_done', 1, board]]],
  ] as const)('%s', (_name, complaint, now, expected) => {
    expect(noticesAt(complaint, now).map((n) => [n.reason, n.level, n.to])).toEqual(expected);
  });

  it('the regulatory alert (level 2) reaches the advocate and the manager group', () => {
    // FCA: eight weeks, to the end of Monday 04-27; 80% of that time is past by Friday 04-17.
    const notices = noticesAt(registered, '2026-04-17T09:00:00Z', policyWith({ overall: { preset: 'fca' } }));
    expect(notices.find((n) => n.reason === 'escalation.overall')).toMatchObject({ level: 2, to: { accountIds: ['advocate-billing'], groups: ['board'] } });
  });

  it.each([
    ['a department without an advocate reminds its lead, not the advocate group', { departmentId: 'delivery', responsibleAccountId: 'lead-delivery' }, '2026-03-03T10:00:00Z', { accountIds: ['lead-delivery'], groups: [] }],
    ['a complaint in triage reminds nobody per issue: the advocate group reads the digest', { departmentId: null, responsibleAccountId: null }, '2026-03-03T10:00:00Z', nobody],
    ['a department without an escalation manager escalates to the manager group', { departmentId: 'support', responsibleAccountId: 'someone' }, '2026-03-05T10:00:00Z', board],
  ] as const)('%s', (_name, overrides, now, to) => {
    expect(noticesAt({ ...registered, ...overrides }, now).at(-1)?.to).toEqual(to);
  });

  it('escalations still reach the advocate where their rung names it', () => {
    const notices = noticesAt({ ...registered, departmentId: null, responsibleAccountId: null }, '2026-04-17T09:00:00Z', policyWith({ overall: { preset: 'fca' } }));
    expect(notices.find((n) => n.reason === 'escalation.overall')?.to).toEqual({ accountIds: [], groups: ['voice', 'board'] });
  });

  it('names the step’s due day in the business time zone', () => {
    expect(noticesAt(inProgress, '2026-03-16T09:00:00Z')[0]?.message).toEqual({ kind: 'reminder', reason: 'reminder.in_progress.overdue', dueDate: '2026-03-13' });
    expect(noticesAt(inProgress, '2026-03-18T09:00:00Z')[1]?.message).toEqual({ kind: 'escalation', reason: 'escalation.in_progress', dueDate: '2026-03-13' });
    expect(dueNotice(config, registered, null, { kind: 'reminder', recipients: ['advocate'], level: 0, reason: 'reminder.registered' }).message).toEqual({ kind: 'reminder', reason: 'reminder.registered', dueDate: null });
  });
});
