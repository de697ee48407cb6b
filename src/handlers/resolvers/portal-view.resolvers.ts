import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import { contactDetailsSchema } from '../../domain/contact/contact-data';
import { MAX_SUMMARY } from '../../jira/create/complaint-issue-fields';
import type { GetPortalViewDeps } from '../../usecases/portal/get-portal-view';
import { listAnonymousComplaints, type ListAnonymousComplaintsDeps } from '../../usecases/portal/list-anonymous-complaints';
import { raiseAnonymousComplaint, type RaiseAnonymousComplaintDeps, type RaiseAnonymousOutcome } from '../../usecases/portal/raise-anonymous-complaint';
import { customerOnComplaint, PORTAL_MODULES, type PortalCallerDeps } from './portal-caller';
import { portalViewOf, sealPortalComplaint } from './portal-response';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface PortalViewResolverDeps {
  readonly caller: PortalCallerDeps;
  /** Made per call, and only for a caller found to be the complaint's customer. */
  readonly view: () => Promise<GetPortalViewDeps>;
  readonly anonymous: () => Promise<ListAnonymousComplaintsDeps & RaiseAnonymousComplaintDeps>;
}

/** The longest description the portal's form takes; Jira's text fields hold 32,767 characters. */
export const MAX_DESCRIPTION = 5000;

// The request page's request comes from the Forge context: a payload naming one is refused.
const noPayload = z.object({}).strict();
const raisePayload = z
  .object({
    summary: z.string().trim().min(1).max(MAX_SUMMARY),
    description: z.string().trim().min(1).max(MAX_DESCRIPTION),
    departmentId: z.string().min(1).optional(),
    contact: contactDetailsSchema,
  })
  .strict();

/** The anonymous keys answer on the profile panel only: a request page has a named customer. */
const customerOnProfile = (context: unknown): string => {
  const { accountId, extension } = trustedContext(context);
  if (extension.type !== PORTAL_MODULES.profile) throw new AppError('NOT_FOUND', 'Anonymous complaints are raised and followed on your profile.');
  return accountId;
};

const REFUSALS: Readonly<Record<Extract<RaiseAnonymousOutcome, { kind: 'refused' }>['refusal'], () => AppError>> = {
  project_not_set_up: () => new AppError('CONFLICT', 'Complaints cannot be raised here yet. Ask a Jira admin to run Set up project in Complaint Advocate.'),
  unknown_department: () => new AppError('INVALID_INPUT', 'There is no such department.', { fields: [{ path: 'departmentId', message: 'unknown' }] }),
};

/**
 * The portal's own keys: the request page's complaint as its customer may see it, and the
 * profile panel's anonymous complaints, listed and raised (design.md section 6, README
 * "Anonymous complaints from the portal").
 */
export const definePortalViewResolvers = (resolver: Resolver, deps: PortalViewResolverDeps): Resolver =>
  resolver
    .define(
      'portal/view',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'portal/view'>>> =>
        respond(async () => {
          const { issueId } = await customerOnComplaint(deps.caller, context, undefined);
          parsePayload(noPayload, payload);
          return portalViewOf(await deps.view(), issueId);
        }),
    )
    .define(
      'portal/anonymous',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'portal/anonymous'>>> =>
        respond(async () => {
          const accountId = customerOnProfile(context);
          parsePayload(noPayload, payload);
          const listed = await listAnonymousComplaints(await deps.anonymous(), accountId);
          return { ...listed, complaints: listed.complaints.map(sealPortalComplaint) };
        }),
    )
    .define(
      'portal/raise-anonymous',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'portal/raise-anonymous'>>> =>
        respond(async () => {
          const accountId = customerOnProfile(context);
          const { departmentId, ...request } = parsePayload(raisePayload, payload);
          const outcome = await raiseAnonymousComplaint(await deps.anonymous(), { ...request, accountId, departmentId: departmentId ?? null });
          if (outcome.kind === 'refused') throw REFUSALS[outcome.refusal]();
          return { issueKey: outcome.issueKey };
        }),
    );
