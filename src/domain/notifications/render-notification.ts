import type { Language } from '../language';
import type { NotificationCatalogue } from './notification-catalogue';
import { en } from './notification-catalogue.en';
import { ru } from './notification-catalogue.ru';
import { uk } from './notification-catalogue.uk';
import type { NotificationMessage, NotificationSubjectLine } from './notification-message';

const CATALOGUES: Readonly<Record<Language, NotificationCatalogue>> = { en, ru, uk };

export interface RenderedNotification {
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
}

/** One language's part of the body, before it is written out as text or HTML. */
interface Section {
  readonly language: Language;
  readonly name: string;
  /** What happened, what is asked, and why. */
  readonly lead: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** Sentences after the facts: a digest's count of the rest and where its queue is. */
  readonly notes: readonly string[];
  readonly link: { readonly label: string; readonly url: string } | null;
}

const PLACEHOLDER = /\{(\w+)\}/g;

// One pass, so a department named like a placeholder is shown as it is, never filled in turn.
const fill = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(PLACEHOLDER, (whole, name: string) => params[name] ?? whole);

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);

const reasonOf = (message: NotificationMessage, words: NotificationCatalogue): string | null => {
  switch (message.kind) {
    case 'routed':
    case 'triage':
      return words.routeReason[message.routeReason];
    case 'reminder':
      return words.reminderReason[message.reason];
    case 'escalation':
      return words.escalationReason[message.reason];
    case 'customer_escalated':
      return words.customerGround[message.ground];
    case 'measures_done':
    case 'returned':
    case 'reopened':
    case 'duplicate_unknown':
    case 'rerouted':
    case 'nudge':
    case 'customer_confirmed':
    case 'customer_not_resolved':
    case 'customer_reopened':
    case 'digest':
      return null;
  }
};

/** The triage suggestion a routing, triage or re-route message names, as its fact line. */
const suggestionOf = (message: NotificationMessage, words: NotificationCatalogue): { label: string; value: string } | null =>
  (message.kind === 'routed' || message.kind === 'triage' || message.kind === 'rerouted') && message.suggestion !== undefined
    ? {
        label: words.label.suggestion[message.kind],
        value: fill(words.label.suggested, { department: message.suggestion.departmentName, percent: String(Math.round(message.suggestion.confidence * 100)) }),
      }
    : null;

const dueDateOf = (message: NotificationMessage): string | null =>
  message.kind === 'reminder' || message.kind === 'escalation' ? message.dueDate : null;

/** The reason the advocate gave for a return, reopen or re-route, as they wrote it. */
const givenReasonOf = (message: NotificationMessage): string | null =>
  (message.kind === 'returned' || message.kind === 'reopened' || message.kind === 'rerouted') && message.reason !== undefined && message.reason !== '' ? message.reason : null;

/** The customer's own words from the portal, quoted as they wrote them. */
const customerWordsOf = (message: NotificationMessage): string | null =>
  message.kind === 'customer_escalated' || message.kind === 'customer_not_resolved' || message.kind === 'customer_reopened' ? message.reason : null;

/** A digest's lines as facts (the key, why and since when), then how many more and where the queue is. */
const digestPartsOf = (message: NotificationMessage, words: NotificationCatalogue): Pick<Section, 'facts' | 'notes'> => {
  if (message.kind !== 'digest') return { facts: [], notes: [] };
  const more = message.total - message.lines.length;
  return {
    facts: message.lines.map((line) => ({ label: line.issueKey, value: fill(words.digest.line, { reason: words.queueReason[line.reason], date: line.since }) })),
    notes: [
      ...(more > 0 ? [fill(words.digest.more, { count: String(more) })] : []),
      fill(words.digest.queue, { projectKey: message.queue.projectKey }),
      fill(words.digest.path, { path: message.queue.path }),
    ],
  };
};

// Only a web link becomes a link: an issue URL is built by the app, but a mail client must never get a script URL.
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

const sectionOf = (language: Language, message: NotificationMessage, facts: NotificationSubjectLine, issueUrl: string | null): Section => {
  const words = CATALOGUES[language];
  const reason = reasonOf(message, words);
  const dueDate = dueDateOf(message);
  const given = givenReasonOf(message);
  const customerWords = customerWordsOf(message);
  const satisfaction = message.kind === 'customer_confirmed' ? String(message.satisfaction) : '';
  const suggestion = suggestionOf(message, words);
  const digest = digestPartsOf(message, words);
  return {
    language,
    name: words.languageName,
    lead: [fill(words.body[message.kind], { issueKey: facts.issueKey, satisfaction }), ...(reason === null ? [] : [reason])].join(' '),
    facts: [
      ...(facts.departmentName === null ? [] : [{ label: words.label.department, value: facts.departmentName }]),
      ...(dueDate === null ? [] : [{ label: words.label.dueDate, value: dueDate }]),
      ...(given === null ? [] : [{ label: words.label.reason, value: given }]),
      ...(suggestion === null ? [] : [suggestion]),
      ...(customerWords === null ? [] : [{ label: words.label.customerWords, value: customerWords }]),
      ...digest.facts,
    ],
    notes: digest.notes,
    link: issueUrl !== null && isWebUrl(issueUrl) ? { label: words.label.openComplaint, url: issueUrl } : null,
  };
};

const textOf = (section: Section, headed: boolean): string =>
  [
    ...(headed ? [section.name] : []),
    section.lead,
    ...(section.facts.length === 0 ? [] : [section.facts.map((f) => `${f.label}: ${f.value}`).join('\n')]),
    ...section.notes,
    ...(section.link === null ? [] : [`${section.link.label}: ${section.link.url}`]),
  ].join('\n\n');

const htmlOf = (section: Section, headed: boolean): string =>
  [
    `<div lang="${section.language}">`,
    ...(headed ? [`<p><strong>${escapeHtml(section.name)}</strong></p>`] : []),
    `<p>${escapeHtml(section.lead)}</p>`,
    ...(section.facts.length === 0 ? [] : [`<p>${section.facts.map((f) => `${escapeHtml(f.label)}: ${escapeHtml(f.value)}`).join('<br>')}</p>`]),
    ...section.notes.map((note) => `<p>${escapeHtml(note)}</p>`),
    ...(section.link === null ? [] : [`<p><a href="${escapeHtml(section.link.url)}">${escapeHtml(section.link.label)}</a></p>`]),
    '</div>',
  ].join('\n');

const TEXT_SEPARATOR = `\n\n${'-'.repeat(24)}\n\n`;
const HTML_SEPARATOR = '\n<hr>\n';

/**
 * Writes a message for everyone one Jira notify call reaches. Jira sends the same mail to all its
 * recipients, so the body carries each of their languages once, in the order given, each part
 * headed by its language's name when there are several. The subject is in the first language;
 * with no language given, the message is in English.
 */
export const renderNotification = (
  message: NotificationMessage,
  facts: NotificationSubjectLine,
  languages: readonly Language[],
  issueUrl: string | null,
): RenderedNotification => {
  const [first = 'en', ...others] = new Set(languages);
  const sections = [first, ...others].map((language) => sectionOf(language, message, facts, issueUrl));
  const headed = sections.length > 1;
  const words = CATALOGUES[first];
  const subject = fill(words.subject[message.kind], {
    issueKey: facts.issueKey,
    department: facts.departmentName ?? words.label.noDepartment,
    count: message.kind === 'digest' ? String(message.total) : '',
  });
  return {
    // A mail subject is one line, whatever the department's name holds.
    subject: subject.replace(/\s+/g, ' ').trim(),
    textBody: sections.map((s) => textOf(s, headed)).join(TEXT_SEPARATOR),
    htmlBody: sections.map((s) => htmlOf(s, headed)).join(HTML_SEPARATOR),
  };
};
