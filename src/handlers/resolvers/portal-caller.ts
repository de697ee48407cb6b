import * as z from 'zod';
import { AppError } from '../../domain/app-error';
import { findCustomerComplaint, type FindCustomerComplaintDeps, type PortalSource } from '../../usecases/portal/find-customer-complaint';
import { trustedContext } from './resolver-kit';

/** The two portal modules of manifest.yml; the Forge context names the one a call comes from. */
export const PORTAL_MODULES = { detail: 'jiraServiceManagement:portalRequestDetail', profile: 'jiraServiceManagement:portalProfilePanel' } as const;

export type PortalCallerDeps = FindCustomerComplaintDeps;

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

/** What the portal takes of the Forge context: the module, and on a request's page its request. */
const portalExtension = z
  .object({
    type: z.string(),
    request: z.object({ key: z.string().regex(ISSUE_KEY) }).loose().optional(),
  })
  .loose();

/**
 * The Forge context's `accountType` of the people the portal serves: JSM's unlicensed users. A
 * licensed user (an agent, a lead, an advocate, a manager) has a say on complaints, and may be a
 * request's reporter (a call logged as themselves) or make themselves a participant: they never
 * act as its customer.
 */
const CUSTOMER_ACCOUNT_TYPES: readonly (string | undefined)[] = ['customer', 'unlicensed'];

/** The same answer whether the complaint exists or not, so a refusal tells the caller nothing. */
const notFound = (): AppError => new AppError('NOT_FOUND', 'This complaint does not exist, or you may not see it.');

/**
 * Which complaint a portal call acts on. On a request's page, the page's request, never the
 * payload's; on the profile panel, the payload's key, among the caller's anonymous complaints.
 */
const sourceOf = (extension: unknown, issueKey: string | undefined): PortalSource => {
  const parsed = portalExtension.safeParse(extension);
  if (!parsed.success) throw notFound();
  const { type, request } = parsed.data;
  if (type === PORTAL_MODULES.detail && request !== undefined && issueKey === undefined) return { kind: 'request', issueKey: request.key };
  if (type === PORTAL_MODULES.profile && issueKey !== undefined && ISSUE_KEY.test(issueKey)) return { kind: 'anonymous', issueKey };
  throw notFound();
};

/**
 * The customer of a portal call and the complaint they may act on: the customer from the Forge
 * context, an unlicensed user there, the complaint theirs as JSM answers them (reporter or participant) or by the app's
 * record of anonymous complaints. Anything else is NOT_FOUND, before anything changes.
 */
export const customerOnComplaint = async (
  deps: PortalCallerDeps,
  context: unknown,
  issueKey: string | undefined,
): Promise<{ issueId: string; accountId: string }> => {
  const { accountId, accountType, extension } = trustedContext(context);
  if (!CUSTOMER_ACCOUNT_TYPES.includes(accountType)) throw notFound();
  const issueId = await findCustomerComplaint(deps, accountId, sourceOf(extension, issueKey));
  if (issueId === null) throw notFound();
  return { issueId, accountId };
};
