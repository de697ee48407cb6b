/** The most accounts one view asks names for: a long trail must not turn one panel load into many Jira calls. */
export const MAX_NAMED_ACCOUNTS = 200;

const USER_RECIPIENT = 'user:';

/** What of a view mentions people. */
export interface MentionsPeople {
  readonly complaint: { readonly responsibleAccountId: string | null };
  readonly trail: readonly { readonly actorAccountId: string | null; readonly recipients: readonly string[] }[];
  readonly forms: { readonly departments: readonly { readonly people: readonly { readonly accountId: string }[] }[] };
  readonly contact?: { readonly recordedBy: string } | null;
}

/**
 * Every account a view mentions, each once, at most MAX_NAMED_ACCOUNTS: the responsible person
 * first, then whom a re-route may name, whoever recorded the contact data, and the trail's
 * people, newest first, so that a cut drops the oldest lines' names.
 */
export const mentionedAccounts = (view: MentionsPeople): string[] => {
  const trailPeople = [...view.trail].reverse().flatMap((entry) => [
    entry.actorAccountId,
    ...entry.recipients.filter((r) => r.startsWith(USER_RECIPIENT)).map((r) => r.slice(USER_RECIPIENT.length)),
  ]);
  const ids = [
    view.complaint.responsibleAccountId,
    ...view.forms.departments.flatMap((d) => d.people.map((p) => p.accountId)),
    view.contact?.recordedBy ?? null,
    ...trailPeople,
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))].slice(0, MAX_NAMED_ACCOUNTS);
};
