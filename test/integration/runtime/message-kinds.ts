import { en } from '../../../src/domain/notifications/notification-catalogue.en';
import { ru } from '../../../src/domain/notifications/notification-catalogue.ru';
import { uk } from '../../../src/domain/notifications/notification-catalogue.uk';
import type { NotificationKind } from '../../../src/domain/notifications/notification-catalogue';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each subject template of each language, as a pattern with its key and department left open.
const PATTERNS = [en, ru, uk].flatMap((catalogue) =>
  Object.entries(catalogue.subject).map(([kind, template]) => ({
    kind: kind as NotificationKind,
    pattern: new RegExp(`^${escaped(template).replace('\\{issueKey\\}', '(?<key>\\S+)').replace('\\{department\\}', '.*')}$`),
  })),
);

/** What a mail the app sent is about, read from its subject in whichever language it went out. */
export const messageOf = (subject: string): { readonly kind: NotificationKind; readonly issueKey: string } => {
  for (const { kind, pattern } of PATTERNS) {
    const key = pattern.exec(subject)?.groups?.key;
    if (key !== undefined) return { kind, issueKey: key };
  }
  throw new Error(`Not a subject the app writes: ${subject}`);
};

/** How many mails of each kind each complaint got, as `CMP-1 routed` → count. */
export const mailCounts = (subjects: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const subject of subjects) {
    const { kind, issueKey } = messageOf(subject);
    counts.set(`${issueKey} ${kind}`, (counts.get(`${issueKey} ${kind}`) ?? 0) + 1);
  }
  return counts;
};
