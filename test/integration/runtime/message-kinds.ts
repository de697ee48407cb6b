import { en } from '../../../src/domain/notifications/notification-catalogue.en';
import { ru } from '../../../src/domain/notifications/notification-catalogue.ru';
import { uk } from '../../../src/domain/notifications/notification-catalogue.uk';
import type { NotificationKind } from '../../../src/domain/notifications/notification-catalogue';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each subject template of each language, as a pattern with its key, department and count left open.
const PATTERNS = [en, ru, uk].flatMap((catalogue) =>
  Object.entries(catalogue.subject).map(([kind, template]) => ({
    kind: kind as NotificationKind,
    pattern: new RegExp(`^${escaped(template).replace('\\{issueKey\\}', '(?<key>\\S+)').replace('\\{department\\}', '.*').replace('\\{count\\}', '\\d+')}$`),
  })),
);

/** What a mail the app sent is about, read from its subject in whichever language it went out; a digest's names no complaint (''). */
export const messageOf = (subject: string): { readonly kind: NotificationKind; readonly issueKey: string } => {
  for (const { kind, pattern } of PATTERNS) {
    const match = pattern.exec(subject);
    if (match !== null) return { kind, issueKey: match.groups?.key ?? '' };
  }
  throw new Error(`Not a subject the app writes: ${subject}`);
};

/** How many mails of each kind each complaint got, as `CMP-1 routed` → count; the advocates' digests are about their day, not a complaint, and not counted. */
export const mailCounts = (subjects: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const subject of subjects) {
    const { kind, issueKey } = messageOf(subject);
    if (kind === 'digest') continue;
    counts.set(`${issueKey} ${kind}`, (counts.get(`${issueKey} ${kind}`) ?? 0) + 1);
  }
  return counts;
};
