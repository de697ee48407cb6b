import { businessDayOf, isWorkingTime, nextOpeningAfter, nextWorkingMoment } from '../calendar/business-calendar';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import { isOpen } from '../complaint';
import type { DueAction, ReminderInput, ReminderPlan } from './reminder-plan';
import { reminderSchedule, type ReminderSchedule, type ReminderWindow } from './reminder-schedule';
import { hasEscalated, remindedOn, sweepLevelSince } from './trail-facts';

/** When a window may next remind, given that everyone due today has been reminded. */
const nextReminderMoment = (cal: BusinessCalendar, window: ReminderWindow, at: number): number | null => {
  const moment = at < window.from ? nextWorkingMoment(cal, window.from) : nextOpeningAfter(cal, at);
  return moment < window.until ? moment : null;
};

/** The plan at a moment `at` in working time. */
const planAt = (input: ReminderInput, schedule: ReminderSchedule, at: number): ReminderPlan => {
  const { calendar: cal, trail, complaint } = input;
  const actions: DueAction[] = [];

  const reminded = remindedOn(cal, trail, businessDayOf(cal, at));
  for (const window of schedule.reminders) {
    if (at < window.from || at >= window.until) continue;
    const recipients = window.recipients.filter((r) => !reminded.has(r));
    if (recipients.length === 0) continue;
    recipients.forEach((r) => reminded.add(r));
    actions.push({ kind: 'reminder', recipients, level: 0, reason: window.reason });
  }

  // The sweep's level only rises until the status changes: a rule at or below the level it reached stays silent.
  let level = sweepLevelSince(trail, complaint.statusChangedAt);
  const pending = [...schedule.escalations]
    .sort((a, b) => a.level - b.level)
    .filter((rule) => !(rule.oncePerComplaint && hasEscalated(trail, rule.reason)));
  for (const rule of pending) {
    if (at < rule.at || rule.level <= level) continue;
    actions.push({ kind: 'escalation', recipients: rule.recipients, level: rule.level, reason: rule.reason });
    level = rule.level;
  }

  const upcoming = [
    ...schedule.reminders.map((window) => nextReminderMoment(cal, window, at)),
    ...pending.filter((rule) => rule.at > at && rule.level > level).map((rule) => nextWorkingMoment(cal, rule.at)),
  ].filter((moment) => moment !== null);
  // Finite: every open status has an open-ended reminder window.
  return { actions, nextDueAt: Math.min(...upcoming), dueAt: schedule.dueAt };
};

/**
 * The reminders and escalations due for one complaint at `now`, and when to look at it again
 * (design.md section 5). Pure: the caller sends the actions and writes them to the trail with
 * `trailEntriesFor`, after which planning again at the same `now` yields nothing new.
 */
export const planReminders = (input: ReminderInput): ReminderPlan => {
  if (!isOpen(input.complaint)) return { actions: [], nextDueAt: null, dueAt: null };
  const schedule = reminderSchedule(input.calendar, input.complaint, input.policy);
  if (isWorkingTime(input.calendar, input.now)) return planAt(input, schedule, input.now);
  // Nothing is sent outside business hours. Look again at the opening if something will be due then,
  // else at the first moment after it that something is.
  const opening = nextWorkingMoment(input.calendar, input.now);
  const atOpening = planAt(input, schedule, opening);
  return { actions: [], nextDueAt: atOpening.actions.length > 0 ? opening : atOpening.nextDueAt, dueAt: schedule.dueAt };
};
