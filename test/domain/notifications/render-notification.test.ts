import { LANGUAGES, type Language } from '../../../src/domain/language';
import type { NotificationCatalogue } from '../../../src/domain/notifications/notification-catalogue';
import type { RouteReason } from '../../../src/domain/routing/route-decision';
import { en } from '../../../src/domain/notifications/notification-catalogue.en';
import { ru } from '../../../src/domain/notifications/notification-catalogue.ru';
import { uk } from '../../../src/domain/notifications/notification-catalogue.uk';
import type { NotificationMessage, NotificationSubjectLine } from '../../../src/domain/notifications/notification-message';
import { renderNotification } from '../../../src/domain/notifications/render-notification';
import type { EscalationReason, ReminderReason } from '../../../src/domain/reminders/reminder-plan';

const CATALOGUES: Record<Language, NotificationCatalogue> = { en, ru, uk };
const FACTS: NotificationSubjectLine = { issueKey: 'CMP-12', departmentName: 'Billing' };
const URL = 'https://example.atlassian.net/browse/CMP-12';

// The catalogue's keys are checked against the reason unions at compile time, so they list every reason.
const keysOf = <K extends string>(record: Readonly<Record<K, string>>): K[] => Object.keys(record) as K[];

/** Every message the app can send: each kind, with each of its reasons. */
const EVERY_MESSAGE: readonly NotificationMessage[] = [
  ...keysOf<RouteReason>(en.routeReason).flatMap((routeReason): NotificationMessage[] => [
    ...(routeReason === 'triage.routing_failed' ? [] : [{ kind: 'routed' as const, routeReason }]),
    { kind: 'triage', routeReason },
  ]),
  ...keysOf<ReminderReason>(en.reminderReason).map((reason): NotificationMessage => ({ kind: 'reminder', reason, dueDate: '2026-03-04' })),
  ...keysOf<EscalationReason>(en.escalationReason).map((reason): NotificationMessage => ({ kind: 'escalation', reason, dueDate: null })),
  { kind: 'measures_done' },
  { kind: 'returned' },
  { kind: 'reopened' },
  // The customer's words are theirs, in any script: here a mark that belongs to none.
  ...(['overdue', 'disagree'] as const).map((ground): NotificationMessage => ({ kind: 'customer_escalated', ground, reason: '…' })),
  { kind: 'customer_confirmed', satisfaction: 5 },
  { kind: 'customer_not_resolved', reason: '…' },
  { kind: 'customer_reopened', reason: '…' },
];

const label = (m: NotificationMessage): string =>
  'routeReason' in m ? `${m.kind} ${m.routeReason}` : 'ground' in m ? `${m.kind} ${m.ground}` : 'reason' in m ? `${m.kind} ${m.reason}` : m.kind;
const CYRILLIC = /[\u0400-\u04FF]/;

describe('every message in every language', () => {
  const cases = EVERY_MESSAGE.flatMap((message) => LANGUAGES.map((language) => [label(message), language, message] as const));

  it.each(cases)('%s in %s leaves no placeholder and names the issue', (_name, language, message) => {
    const rendered = renderNotification(message, FACTS, [language], URL);
    for (const part of [rendered.subject, rendered.textBody, rendered.htmlBody]) {
      expect(part).not.toMatch(/\{\w+\}/);
      expect(part).not.toMatch(/undefined|null/);
      expect(part).toContain('CMP-12');
    }
    expect(rendered.subject).toContain('Billing');
  });

  it.each(cases)('%s in %s is written in that language', (_name, language, message) => {
    const { subject, textBody } = renderNotification(message, { issueKey: 'CMP-12', departmentName: null }, [language], null);
    const body = textBody.replace(/CMP-12/g, '');
    if (language === 'en') {
      expect(subject).not.toMatch(CYRILLIC);
      expect(body).not.toMatch(CYRILLIC);
    } else {
      expect(subject).toMatch(CYRILLIC);
      expect(body).not.toMatch(/[A-Za-z]/);
    }
  });

  it('has a distinct sentence for each reason, in each language', () => {
    for (const words of Object.values(CATALOGUES)) {
      const phrases = [...Object.values(words.routeReason), ...Object.values(words.reminderReason), ...Object.values(words.escalationReason)];
      expect(new Set(phrases).size).toBe(phrases.length);
    }
  });
});

describe('one language', () => {
  it('writes the opening, the reason, the facts and the link, as text and as HTML', () => {
    const message: NotificationMessage = { kind: 'reminder', reason: 'reminder.in_progress.overdue', dueDate: '2026-03-04' };
    expect(renderNotification(message, FACTS, ['en'], URL)).toEqual({
      subject: 'CMP-12 · Billing: reminder about a complaint',
      textBody: [
        'This is a reminder about complaint CMP-12. The deadline for the measures has passed. Please complete them or agree a new deadline.',
        'Department: Billing\nDue date: 2026-03-04',
        `Open the complaint: ${URL}`,
      ].join('\n\n'),
      htmlBody: [
        '<div lang="en">',
        '<p>This is a reminder about complaint CMP-12. The deadline for the measures has passed. Please complete them or agree a new deadline.</p>',
        '<p>Department: Billing<br>Due date: 2026-03-04</p>',
        `<p><a href="${URL}">Open the complaint</a></p>`,
        '</div>',
      ].join('\n'),
    });
  });

  it('uses the reason of each kind of message', () => {
    const text = (m: NotificationMessage) => renderNotification(m, FACTS, ['ru'], null).textBody;
    expect(text({ kind: 'routed', routeReason: 'away.deputy' })).toContain(ru.routeReason['away.deputy']);
    expect(text({ kind: 'triage', routeReason: 'triage.routing_failed' })).toContain(ru.routeReason['triage.routing_failed']);
    expect(text({ kind: 'reminder', reason: 'reminder.measures_done', dueDate: null })).toContain(ru.reminderReason['reminder.measures_done']);
    expect(text({ kind: 'escalation', reason: 'escalation.overall', dueDate: null })).toContain(ru.escalationReason['escalation.overall']);
    expect(text({ kind: 'returned' })).toBe(`${ru.body.returned.replace('{issueKey}', 'CMP-12')}\n\n${ru.label.department}: Billing`);
  });

  it('shows the reason given for a return or reopen in each language, and no line without one', () => {
    const returned = renderNotification({ kind: 'returned', reason: 'The refund <never> arrived' }, FACTS, ['en', 'ru', 'uk'], null);
    expect(returned.textBody).toContain('Reason given: The refund <never> arrived');
    expect(returned.textBody).toContain('Указанная причина: The refund <never> arrived');
    expect(returned.textBody).toContain('Зазначена причина: The refund <never> arrived');
    expect(returned.htmlBody).toContain('Reason given: The refund &lt;never&gt; arrived');
    expect(renderNotification({ kind: 'reopened', reason: 'Called again' }, FACTS, ['en'], null).textBody).toBe(
      `${en.body.reopened.replace('{issueKey}', 'CMP-12')}\n\n${en.label.department}: Billing\nReason given: Called again`,
    );
    expect(renderNotification({ kind: 'reopened' }, FACTS, ['en'], null).textBody).not.toContain('Reason given');
  });

  it('quotes the customer’s words from the portal under their own label, with the ground of an escalation, in each language', () => {
    const escalated = renderNotification({ kind: 'customer_escalated', ground: 'disagree', reason: 'The <refund> is too small' }, FACTS, ['en', 'ru', 'uk'], null);
    expect(escalated.textBody).toContain(`${en.body.customer_escalated.replace('{issueKey}', 'CMP-12')} ${en.customerGround.disagree}`);
    expect(escalated.textBody).toContain('The customer’s words: The <refund> is too small');
    expect(escalated.textBody).toContain('Слова клиента: The <refund> is too small');
    expect(escalated.textBody).toContain('Слова клієнта: The <refund> is too small');
    expect(escalated.htmlBody).toContain('The &lt;refund&gt; is too small');
    expect(escalated.textBody).not.toContain('Reason given');
  });

  it('says the customer’s rating in the body', () => {
    expect(renderNotification({ kind: 'customer_confirmed', satisfaction: 4 }, FACTS, ['en'], null).textBody).toContain('rated it 4 out of 5');
    expect(renderNotification({ kind: 'customer_confirmed', satisfaction: 2 }, FACTS, ['uk'], null).textBody).toContain('на 2 з 5');
  });

  it('shows a due date as given, and leaves the line out without one', () => {
    const withDate = renderNotification({ kind: 'escalation', reason: 'escalation.in_progress', dueDate: '2026-12-31' }, FACTS, ['uk'], null);
    expect(withDate.textBody).toContain('Термін: 2026-12-31');
    const without = renderNotification({ kind: 'escalation', reason: 'escalation.in_progress', dueDate: null }, FACTS, ['uk'], null);
    expect(without.textBody).not.toContain('Термін:');
  });

  it('says "no department" in the subject of a complaint without one, and leaves the department line out', () => {
    const rendered = renderNotification({ kind: 'triage', routeReason: 'triage.no_department' }, { issueKey: 'CMP-3', departmentName: null }, ['ru'], null);
    expect(rendered.subject).toBe('CMP-3 · без отдела: жалобу нужно распределить');
    expect(rendered.textBody).not.toContain(`${ru.label.department}:`);
  });

  it('leaves the link out without an issue URL, or with one that is not a web address', () => {
    const message: NotificationMessage = { kind: 'reopened' };
    expect(renderNotification(message, FACTS, ['en'], null).htmlBody).not.toContain('<a ');
    const scripted = renderNotification(message, FACTS, ['en'], 'javascript:alert(1)');
    expect(scripted.htmlBody).not.toContain('<a ');
    expect(scripted.textBody).not.toContain('javascript:');
  });

  it('writes English when given no language', () => {
    expect(renderNotification({ kind: 'measures_done' }, FACTS, [], null)).toEqual(renderNotification({ kind: 'measures_done' }, FACTS, ['en'], null));
  });
});

describe('several languages in one message', () => {
  const message: NotificationMessage = { kind: 'routed', routeReason: 'lead' };

  it('writes each language once, in the order given, with the subject in the first', () => {
    const rendered = renderNotification(message, FACTS, ['uk', 'en', 'uk', 'ru', 'en'], URL);
    expect(rendered.subject).toBe('CMP-12 · Billing: скаргу розподілено');
    const headings = [uk, en, ru].map((words) => rendered.textBody.indexOf(`${words.languageName}\n\n${words.body.routed.replace('{issueKey}', 'CMP-12')}`));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(rendered.textBody.split(en.routeReason.lead)).toHaveLength(2);
    expect(rendered.textBody.split(ru.routeReason.lead)).toHaveLength(2);
    expect(rendered.htmlBody.match(/<div lang="(\w+)">/g)).toEqual(['<div lang="uk">', '<div lang="en">', '<div lang="ru">']);
  });

  it('separates the languages clearly', () => {
    const rendered = renderNotification(message, FACTS, ['en', 'ru'], null);
    const [english, russian] = rendered.textBody.split(`\n\n${'-'.repeat(24)}\n\n`);
    expect(english).toBe(`English\n\n${en.body.routed.replace('{issueKey}', 'CMP-12')} ${en.routeReason.lead}\n\nDepartment: Billing`);
    expect(russian).toBe(`Русский\n\n${ru.body.routed.replace('{issueKey}', 'CMP-12')} ${ru.routeReason.lead}\n\nОтдел: Billing`);
    expect(rendered.htmlBody.split('\n<hr>\n')).toHaveLength(2);
    expect(rendered.htmlBody).toContain('<p><strong>Русский</strong></p>');
  });

  it('has no heading or separator when everyone reads the same language', () => {
    const rendered = renderNotification(message, FACTS, ['ru', 'ru'], null);
    expect(rendered.textBody).not.toContain('Русский');
    expect(rendered.htmlBody).not.toContain('<hr>');
  });
});

describe('user data', () => {
  const hostile: NotificationSubjectLine = { issueKey: 'CMP-<1>', departmentName: '<b>R&D</b> "Sales" \'EU\'' };

  it('is escaped in HTML', () => {
    const { htmlBody } = renderNotification({ kind: 'returned' }, hostile, ['en', 'uk'], 'https://example.atlassian.net/browse/CMP-1?a=1&b="x"');
    expect(htmlBody).toContain('CMP-&lt;1&gt;');
    expect(htmlBody).toContain('&lt;b&gt;R&amp;D&lt;/b&gt; &quot;Sales&quot; &#39;EU&#39;');
    expect(htmlBody).toContain('href="https://example.atlassian.net/browse/CMP-1?a=1&amp;b=&quot;x&quot;"');
    expect(htmlBody).not.toMatch(/<b>|<1>|"Sales"/);
  });

  it('stays as it is in the text body and the subject', () => {
    const rendered = renderNotification({ kind: 'returned' }, hostile, ['en'], null);
    expect(rendered.textBody).toContain('Department: <b>R&D</b> "Sales" \'EU\'');
    expect(rendered.subject).toBe('CMP-<1> · <b>R&D</b> "Sales" \'EU\': complaint returned for rework');
  });

  it('is never read as a placeholder', () => {
    const rendered = renderNotification({ kind: 'returned' }, { issueKey: '{department}', departmentName: '{issueKey}' }, ['en'], null);
    expect(rendered.subject).toBe('{department} · {issueKey}: complaint returned for rework');
  });

  it('cannot break the subject over lines', () => {
    const rendered = renderNotification({ kind: 'reopened' }, { issueKey: 'CMP-1', departmentName: 'Billing\r\nBcc: someone' }, ['en'], null);
    expect(rendered.subject).toBe('CMP-1 · Billing Bcc: someone: complaint reopened');
  });
});
