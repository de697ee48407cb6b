import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import type { Person } from '../workflow/roles-of';

export type ContactRefusal = 'not_advocate' | 'subject';

export type ContactAccess = { readonly allowed: true } | { readonly allowed: false; readonly reason: ContactRefusal };

/**
 * Who may read, record or erase the contact data of a complaint's customer: the members of the
 * advocate group, and nobody else, whatever else they are (lead, manager, Jira admin).
 *
 * - The group, as Jira says it, not the department's own advocate: a department advocate is set
 *   in the app's configuration by whoever administers it, while group membership is Jira's,
 *   managed and audited by the site's admins. Contact data is the most sensitive thing the app
 *   keeps, so it follows the narrower of the two.
 * - Never the employee the complaint is about, even an advocate: anonymity protects the customer
 *   from that person above all.
 * - Any complaint, anonymous or not: the data is needed for anonymous ones (their reporter is an
 *   agent, or nobody the advocate can call), but a named customer may also prefer a channel, or
 *   give a number they would rather not have in Jira. Reading and writing follow the same rule.
 */
export const contactAccess = (
  person: Pick<Person, 'accountId' | 'groups'>,
  complaint: Pick<Complaint, 'subject'>,
  config: Pick<AppConfig, 'groups'>,
): ContactAccess => {
  if (!person.groups.includes(config.groups.advocate)) return { allowed: false, reason: 'not_advocate' };
  const isSubject = complaint.subject?.kind === 'employee' && complaint.subject.accountId === person.accountId;
  return isSubject ? { allowed: false, reason: 'subject' } : { allowed: true };
};
