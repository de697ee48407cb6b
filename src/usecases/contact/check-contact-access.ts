import { contactAccess, type ContactRefusal } from '../../domain/contact/contact-access';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { Person } from '../../domain/workflow/roles-of';
import type { ComplaintRecord, Store } from '../../ports/store.port';

declare const checked: unique symbol;

/**
 * Leave to touch one complaint's contact data. Only `checkContactAccess` makes one, so the use
 * cases that read or write the data cannot be called without the check.
 */
export interface ContactGrant {
  readonly complaint: ComplaintRecord;
  readonly person: Person;
  readonly [checked]: true;
}

export interface CheckContactAccessDeps {
  readonly store: Pick<Store, 'getComplaint'>;
  readonly config: Pick<AppConfig, 'groups'>;
}

export type ContactAccessOutcome =
  | { readonly ok: true; readonly grant: ContactGrant }
  | { readonly ok: false; readonly refusal: ContactRefusal | 'unknown_complaint' };

/** Whether this person may read and write the contact data of this complaint (`contactAccess`), which the app must know. */
export const checkContactAccess = async (deps: CheckContactAccessDeps, person: Person, issueId: string): Promise<ContactAccessOutcome> => {
  const complaint = await deps.store.getComplaint(issueId);
  if (complaint === null) return { ok: false, refusal: 'unknown_complaint' };
  const access = contactAccess(person, complaint, deps.config);
  return access.allowed ? { ok: true, grant: { complaint, person } as ContactGrant } : { ok: false, refusal: access.reason };
};
