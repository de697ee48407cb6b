import type { PanelTrailEntry } from '../../../src/contracts/panel-view';
import { STATUSES, TRAIL_KINDS, type TrailEntry } from '../../../src/domain/complaint';
import { makeTrailEntry } from '../../domain/factories';
import type { EscalationReason, ReminderReason } from '../../../src/domain/reminders/reminder-plan';
import { ROUTE_REASONS } from '../../../src/domain/routing/route-decision';
import { REROUTED_BY_ADVOCATE } from '../../../src/domain/routing/reroute-target';
import type { ContactChange } from '../../../src/usecases/contact/contact-trail-entry';
import { reasonKeyOf, recipientName, trailSentence } from '../../../static/panel/trail-sentence';
import { translate } from '../../../static/shared/i18n/translate';
import type { Translate } from '../../../static/shared/i18n/i18n-context';

const t: Translate = (key, params) => translate('en', key, params);
const ru: Translate = (key, params) => translate('ru', key, params);

// Records, not arrays, so the compiler insists on every member of the backend's reason types.
const REMINDER_REASONS: Record<ReminderReason | EscalationReason, true> = {
  'reminder.registered': true,
  'reminder.in_progress.before_deadline': true,
  'reminder.in_progress.deadline': true,
  'reminder.in_progress.overdue': true,
  'reminder.in_progress.no_deadline': true,
  'reminder.measures_done': true,
  'escalation.registered': true,
  'escalation.in_progress': true,
  'escalation.measures_done': true,
  'escalation.overall': true,
};
const CONTACT_CHANGES: Record<ContactChange, true> = { recorded: true, erased: true };

/** Every reason code the backend can write on the trail, as far as it exports or types them. */
const BACKEND_REASONS = [
  ...ROUTE_REASONS,
  ...Object.keys(REMINDER_REASONS),
  REROUTED_BY_ADVOCATE,
  'rerouted.in_jira', // src/jira/intake/change-entries.ts
  ...STATUSES.map((status) => `status.${status}`), // the same file, one per status change
  ...Object.keys(CONTACT_CHANGES),
  'duplicate.linked', // src/usecases/intake/link-duplicate.ts
  'duplicate.unknown_key',
  'call.recorded', // issue 13's new entries
  'nudge.by_advocate',
  'follow_up.opened',
  'rerouted.suggested', // issue 17: the triage suggestion, accepted with one click
  'suggestion.accepted',
  'suggestion.overridden',
  'suggestion.auto_routed',
];

// A TrailEntry is a PanelTrailEntry with its issue id: the domain's factory serves both.
const entry = (overrides: Partial<TrailEntry> = {}): PanelTrailEntry => makeTrailEntry(overrides);

describe('trail reason catalogue', () => {
  it.each(BACKEND_REASONS)('has a sentence for %s', (reason) => {
    expect(reasonKeyOf(reason)).not.toBeNull();
  });

  it('has a title for every trail kind', () => {
    for (const kind of TRAIL_KINDS) expect(trailSentence(entry({ kind }), {}, t).title).not.toMatch(/^trail\./);
  });
});

describe('trailSentence', () => {
  it('says what happened, why, and who acted', () => {
    const sentence = trailSentence(entry({ kind: 'routed', reason: 'away.deputy', recipients: ['user:d1'] }), { d1: 'Dan Deputy' }, t);
    expect(sentence).toMatchObject({ title: 'Routed', why: 'The lead is away, so the deputy takes it.', actor: 'Complaint Advocate (the app)', recipients: 'To: Dan Deputy' });
  });

  it('says a reminder reached the advocate in the daily digest, and an escalation as itself', () => {
    const reminded = trailSentence(entry({ kind: 'reminded', reason: 'reminder.registered', recipients: ['assignee', 'advocate'] }), {}, t);
    expect(reminded.recipients).toBe('To: the responsible person, the advocate, in the daily digest');
    const escalated = trailSentence(entry({ kind: 'escalated', reason: 'escalation.overall', recipients: ['advocate', 'manager_group'], level: 2 }), {}, t);
    expect(escalated.recipients).toBe('To: the advocate, the managers');
  });

  it('falls back to the sentence of the kind for a reason code it does not know', () => {
    const sentence = trailSentence(entry({ kind: 'escalated', reason: 'escalation.from_the_future', level: 2 }), {}, t);
    expect(sentence).toMatchObject({ title: 'Escalated', why: null, level: 'Escalation level 2' });
  });

  it('quotes the reason a person gave, and names the person', () => {
    const sentence = trailSentence(entry({ kind: 'returned', reason: 'status.in_progress', actorAccountId: 'a1', note: ' Call again ' }), { a1: 'Ada Advocate' }, t);
    expect(sentence).toMatchObject({ title: 'Returned for rework', actor: 'Ada Advocate', note: 'Reason given: Call again' });
  });

  it('puts a duplicate key into the sentence rather than as a reason', () => {
    const sentence = trailSentence(entry({ kind: 'duplicate_linked', reason: 'duplicate.linked', note: 'CS-3' }), {}, t);
    expect(sentence).toMatchObject({ why: 'Linked in Jira as a duplicate of CS-3.', note: null });
  });

  it.each([
    ['suggestion.accepted', 'The advocate accepted the app’s suggestion: Billing · 82%.'],
    ['suggestion.overridden', 'The advocate chose another department than the app suggested (Billing · 82%).'],
    ['suggestion.auto_routed', 'The app routed it by itself on its suggestion (Billing · 82%); an admin turned this on.'],
  ])('puts the suggestion into the sentence of %s rather than as a reason given', (reason, why) => {
    const sentence = trailSentence(entry({ kind: 'suggestion', reason, note: 'Billing · 82%' }), {}, t);
    expect(sentence).toMatchObject({ title: 'Triage suggestion', why, note: null });
  });

  it('says the suggestion and the one-click re-route in Ukrainian and Russian too', () => {
    const uk: Translate = (key, params) => translate('uk', key, params);
    const accepted = entry({ kind: 'suggestion', reason: 'suggestion.accepted', note: 'Billing · 82%' });
    expect(trailSentence(accepted, {}, uk)).toMatchObject({ title: 'Підказка під час розбору', why: 'Захисник клієнтів прийняв підказку застосунку: Billing · 82%.' });
    expect(trailSentence(entry({ kind: 'rerouted', reason: 'rerouted.suggested' }), {}, ru).why).toBe('Защитник клиента принял подсказку приложения одним нажатием.');
    expect(trailSentence(entry({ kind: 'rerouted', reason: 'rerouted.suggested' }), {}, t).why).toBe('The advocate accepted the app’s suggestion with one click.');
  });

  it('gives the rating of each cycle on the call entry, in the chosen language', () => {
    const sentence = trailSentence(entry({ kind: 'call_recorded', reason: 'call.recorded', satisfaction: 4, consideredResolved: true }), {}, ru);
    expect(sentence.rating).toBe('Удовлетворённость 4 из 5; по мнению клиента вопрос решён: Да');
    expect(sentence.title).toBe('Записан звонок клиенту');
  });

  it('counts the reminders of a rolled-up line, in the chosen language, and says nothing of a single one', () => {
    const rolled = entry({ kind: 'reminded', reason: 'reminder.registered', recipients: ['assignee'], times: 12 });
    expect(trailSentence(rolled, {}, t).times).toBe('Reminders sent in this status: 12; the time shown is the last one’s');
    expect(trailSentence(rolled, {}, ru).times).toBe('Напоминаний в этом статусе: 12; указано время последнего');
    expect(trailSentence(entry({ kind: 'reminded', reason: 'reminder.registered' }), {}, t).times).toBeNull();
  });

  it('names an actor the view did not name as unknown rather than by account id', () => {
    expect(trailSentence(entry({ actorAccountId: 'ghost' }), {}, t).actor).toBe('Someone not known to the app');
  });
});

describe('recipientName', () => {
  it.each([
    ['user:a1', 'Ada Advocate'],
    ['user:ghost', 'Someone not known to the app'],
    ['group:complaint-advocates', 'group complaint-advocates'],
    ['manager_group', 'the managers'],
    ['escalation_manager', 'the escalation manager'],
    ['something_new', 'something_new'],
  ])('%s reads "%s"', (recipient, expected) => {
    expect(recipientName(recipient, { a1: 'Ada Advocate' }, t)).toBe(expected);
  });
});
