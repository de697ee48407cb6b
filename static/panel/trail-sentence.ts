import type { PanelTrailEntry } from '../../src/contracts/panel-view';
import { en, type MessageKey } from '../shared/i18n/catalogue.en';
import type { Translate } from '../shared/i18n/i18n-context';

/** One trail entry in plain words, each part already translated. */
export interface TrailSentence {
  /** What happened, by kind ("Reminder sent"). */
  readonly title: string;
  /** Why, from the reason code; null when the code is unknown to this version of the UI. */
  readonly why: string | null;
  readonly actor: string;
  /** Who was reached, or null when nobody was. */
  readonly recipients: string | null;
  /** The reason a person gave, unless the sentence already quotes it. */
  readonly note: string | null;
  /** The call's rating on a `call_recorded` entry. */
  readonly rating: string | null;
  readonly level: string | null;
  /** How many reminders a rolled-up line stands for. */
  readonly times: string | null;
}

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** The catalogue key of a reason code, or null when the catalogue has none. */
export const reasonKeyOf = (reason: string): MessageKey | null => {
  const key = `trail.reason.${reason}`;
  return isMessageKey(key) ? key : null;
};

const ROLE_KEYS: Readonly<Record<string, MessageKey>> = {
  assignee: 'trail.recipient.assignee',
  advocate: 'trail.recipient.advocate',
  escalation_manager: 'trail.recipient.escalation_manager',
  manager_group: 'trail.recipient.manager_group',
};

/** A recipient as stored (`user:<id>`, `group:<name>` or a role) in words. */
export const recipientName = (recipient: string, names: Readonly<Record<string, string>>, t: Translate): string => {
  if (recipient.startsWith('user:')) {
    const accountId = recipient.slice('user:'.length);
    return names[accountId] ?? t('trail.unknownPerson');
  }
  if (recipient.startsWith('group:')) return t('trail.recipient.group', { name: recipient.slice('group:'.length) });
  const role = ROLE_KEYS[recipient];
  return role === undefined ? recipient : t(role);
};

/** A reminder reaches the advocate through the day's digest, not a message of its own (issue 17). */
const recipientOf = (entry: PanelTrailEntry, recipient: string, names: Readonly<Record<string, string>>, t: Translate): string =>
  entry.kind === 'reminded' && recipient === 'advocate' ? t('trail.recipient.advocate_digest') : recipientName(recipient, names, t);

/** Builds the sentence of one entry; the note fills `{note}` where a reason quotes it (a duplicate's key). */
export const trailSentence = (entry: PanelTrailEntry, names: Readonly<Record<string, string>>, t: Translate): TrailSentence => {
  const reasonKey = reasonKeyOf(entry.reason);
  const quotesNote = reasonKey !== null && en[reasonKey].includes('{note}');
  const note = entry.note?.trim() ?? '';
  return {
    title: t(`trail.kind.${entry.kind}`),
    why: reasonKey === null ? null : t(reasonKey, { note }),
    actor: entry.actorAccountId === null ? t('trail.app') : (names[entry.actorAccountId] ?? t('trail.unknownPerson')),
    recipients: entry.recipients.length === 0 ? null : t('trail.to', { names: entry.recipients.map((r) => recipientOf(entry, r, names, t)).join(', ') }),
    note: note === '' || quotesNote ? null : t('trail.note', { note }),
    rating:
      entry.satisfaction === undefined
        ? null
        : t('trail.rating', {
            rating: entry.satisfaction,
            resolved: entry.consideredResolved === undefined ? '—' : t(entry.consideredResolved ? 'panel.yes' : 'panel.no'),
          }),
    level: entry.kind === 'escalated' && entry.level !== undefined ? t('trail.level', { level: entry.level }) : null,
    times: entry.times === undefined ? null : t('trail.times', { times: entry.times }),
  };
};
