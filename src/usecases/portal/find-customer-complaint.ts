import type { AnonymousComplaintLinks } from '../../ports/anonymous-complaints.port';
import type { CustomerRequestDirectory } from '../../ports/customer-requests.port';

/**
 * Where a portal call names its complaint: the request page's own request (from the Forge context),
 * or, on the profile panel, a key the customer picked among their anonymous complaints.
 */
export type PortalSource = { readonly kind: 'request'; readonly issueKey: string } | { readonly kind: 'anonymous'; readonly issueKey: string };

export interface FindCustomerComplaintDeps {
  readonly requests: CustomerRequestDirectory;
  readonly links: Pick<AnonymousComplaintLinks, 'linksOf'>;
}

/**
 * The reporter, or a participant, of a request JSM shows the caller. Agents may browse every
 * request, so JSM showing it is not enough: the caller must be one of its customers.
 */
const onRequest = async (deps: FindCustomerComplaintDeps, accountId: string, issueKey: string): Promise<string | null> => {
  const request = await deps.requests.requestOf(issueKey);
  if (request === null) return null;
  if (request.reporterAccountId === accountId) return request.issueId;
  const participants = await deps.requests.participantsOf(issueKey);
  return participants.includes(accountId) ? request.issueId : null;
};

/** One of the caller's anonymous complaints, by the app's record: Jira knows nothing of who raised it. */
const onAnonymous = async (deps: FindCustomerComplaintDeps, accountId: string, issueKey: string): Promise<string | null> =>
  (await deps.links.linksOf(accountId)).find((link) => link.issueKey === issueKey)?.issueId ?? null;

/** The issue id of the complaint the customer may act on, or null: the caller learns nothing of whether it exists. */
export const findCustomerComplaint = (deps: FindCustomerComplaintDeps, accountId: string, source: PortalSource): Promise<string | null> =>
  source.kind === 'request' ? onRequest(deps, accountId, source.issueKey) : onAnonymous(deps, accountId, source.issueKey);
