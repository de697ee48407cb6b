import { DIGEST_LINES, type DigestLine } from '../../../src/domain/desk/advocate-digest';
import { QUEUE_REASONS } from '../../../src/domain/desk/advocate-queue';
import { LANGUAGES, type Language } from '../../../src/domain/language';
import type { NotificationCatalogue } from '../../../src/domain/notifications/notification-catalogue';
import { en } from '../../../src/domain/notifications/notification-catalogue.en';
import { ru } from '../../../src/domain/notifications/notification-catalogue.ru';
import { uk } from '../../../src/domain/notifications/notification-catalogue.uk';
import type { NotificationMessage } from '../../../src/domain/notifications/notification-message';
import { renderNotification } from '../../../src/domain/notifications/render-notification';

const CATALOGUES: Record<Language, NotificationCatalogue> = { en, ru, uk };
const PATH = '/jira/servicedesk/projects/CMP/queues/apps/app-1/env-1';
const FACTS = { issueKey: 'CMP-3', departmentName: null };

/** One line for each reason, CMP-3 the most urgent. */
const LINES: readonly DigestLine[] = QUEUE_REASONS.map((reason, n) => ({ issueKey: `CMP-${String(n + 3)}`, reason, since: `2026-03-0${String(n + 1)}` }));
const digest = (total: number, lines: readonly DigestLine[] = LINES): NotificationMessage => ({ kind: 'digest', total, lines, queue: { projectKey: 'CMP', path: PATH } });
const CYRILLIC = /[\u0400-\u04FF]/;

describe('the digest in every language', () => {
  it.each(LANGUAGES)('in %s: the count in the subject, each line’s key, reason and day, the rest counted, and where the queue is', (language) => {
    const words = CATALOGUES[language];
    const { subject, textBody, htmlBody } = renderNotification(digest(9), FACTS, [language], null);
    expect(subject).toBe(words.subject.digest.replace('{count}', '9'));
    expect(subject).not.toMatch(/\{\w+\}/);
    for (const [n, line] of LINES.entries()) {
      expect(textBody).toContain(`${line.issueKey}: ${words.queueReason[line.reason]}`);
      expect(textBody).toContain(line.since);
      expect(htmlBody).toContain(`CMP-${String(n + 3)}`);
    }
    expect(textBody).toContain(words.digest.more.replace('{count}', '3'));
    expect(textBody).toContain(words.digest.queue.replace('{projectKey}', 'CMP'));
    expect(textBody).toContain(PATH);
    // The opening names the complaint it rides on.
    expect(textBody.split('\n\n')[0]).toContain('CMP-3');
    for (const part of [textBody, htmlBody]) expect(part).not.toMatch(/\{\w+\}|undefined|null/);
    if (language !== 'en') expect(`${subject}${textBody}`).toMatch(CYRILLIC);
    else expect(`${subject}${textBody}`).not.toMatch(CYRILLIC);
  });

  it('has a distinct phrase for each reason, in each language', () => {
    for (const words of Object.values(CATALOGUES)) expect(new Set(Object.values(words.queueReason)).size).toBe(QUEUE_REASONS.length);
  });
});

describe('the digest’s list', () => {
  it('says nothing of more when every complaint is listed', () => {
    const { textBody } = renderNotification(digest(LINES.length), FACTS, ['en'], null);
    expect(textBody).not.toContain('more');
  });

  it('renders a full list of DIGEST_LINES, one line each, in the order given', () => {
    const lines = Array.from({ length: DIGEST_LINES }, (_, n): DigestLine => ({ issueKey: `CMP-${String(n + 1)}`, reason: 'call_due', since: '2026-03-02' }));
    const { textBody, htmlBody } = renderNotification(digest(45, lines), FACTS, ['en'], null);
    const listed = textBody.split('\n').filter((l) => /^CMP-\d+: /.test(l));
    expect(listed.map((l) => l.split(':')[0])).toEqual(lines.map((l) => l.issueKey));
    expect(textBody).toContain('…and 25 more.');
    expect(htmlBody.split('<br>')).toHaveLength(DIGEST_LINES);
  });

  it('writes every reader’s language once, with the subject in the first', () => {
    const { subject, textBody } = renderNotification(digest(6), FACTS, ['uk', 'en'], null);
    expect(subject).toBe(uk.subject.digest.replace('{count}', '6'));
    expect(textBody).toContain(uk.queueReason.call_due);
    expect(textBody).toContain(en.queueReason.call_due);
  });

  it('shows the queue’s path as text, never as a link: it is not a web address on its own', () => {
    const { htmlBody } = renderNotification(digest(6), FACTS, ['en'], null);
    expect(htmlBody).toContain(PATH);
    expect(htmlBody).not.toContain('<a ');
  });
});
