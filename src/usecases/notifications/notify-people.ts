import type { Language } from '../../domain/language';
import type { NotificationMessage, NotificationSubjectLine } from '../../domain/notifications/notification-message';
import { renderNotification } from '../../domain/notifications/render-notification';
import type { DeliveryFailure } from '../../domain/notifications/delivery-policy';
import type { NotificationRecipients, Notifier } from '../../ports/notifier.port';
import type { PeopleDirectory } from '../../ports/people.port';

export interface NotifyPeopleDeps {
  readonly people: Pick<PeopleDirectory, 'languagesOf'>;
  readonly notifier: Notifier;
}

export interface NotifyPeopleRequest {
  readonly issueKey: string;
  readonly to: NotificationRecipients;
  readonly message: NotificationMessage;
  readonly facts: NotificationSubjectLine;
  /** The issue's address in Jira, linked from the message; null leaves the link out. */
  readonly issueUrl: string | null;
}

export type NotifyPeopleOutcome =
  | { readonly kind: 'accepted'; readonly languages: readonly Language[] }
  | { readonly kind: 'no_recipients' }
  | DeliveryFailure;

/**
 * The body's languages: each user's in the order the users are named (so the first recipient
 * reads the subject in theirs), then English for any group, whose members' languages are unknown.
 */
const languagesFor = (accountIds: readonly string[], hasGroups: boolean, known: ReadonlyMap<string, Language>): Language[] => [
  ...new Set<Language>([...accountIds.map((id) => known.get(id) ?? 'en'), ...(hasGroups ? (['en'] as const) : [])]),
];

/**
 * Tells people about a complaint in one Jira notify call (design.md section 4: one notify per
 * routed complaint), written in every language its recipients read. Nobody to tell: no call.
 * Jira's refusal is answered as a value; reading the languages may throw.
 */
export const notifyPeople = async (
  { people, notifier }: NotifyPeopleDeps,
  { issueKey, to, message, facts, issueUrl }: NotifyPeopleRequest,
): Promise<NotifyPeopleOutcome> => {
  const recipients: NotificationRecipients = { accountIds: [...new Set(to.accountIds)], groups: [...new Set(to.groups)] };
  if (recipients.accountIds.length === 0 && recipients.groups.length === 0) return { kind: 'no_recipients' };
  const known = recipients.accountIds.length === 0 ? new Map<string, Language>() : await people.languagesOf(recipients.accountIds);
  const languages = languagesFor(recipients.accountIds, recipients.groups.length > 0, known);
  const result = await notifier.send({ issueKey, to: recipients, ...renderNotification(message, facts, languages, issueUrl) });
  return result.kind === 'accepted' ? { kind: 'accepted', languages } : result;
};
