import type Resolver from '@forge/resolver';
import * as z from 'zod';
import { ESCALATION_GROUNDS } from '../../contracts/portal-view';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import { MAX_CUSTOMER_WORDS } from '../../domain/portal/customer-escalation';
import { confirmOutcome, type ConfirmOutcomeDeps, type OutcomeRefusal } from '../../usecases/portal/confirm-outcome';
import { escalateComplaint, type EscalateComplaintDeps, type EscalationRefusal } from '../../usecases/portal/escalate-complaint';
import type { GetPortalViewDeps } from '../../usecases/portal/get-portal-view';
import { notYetKnown } from './issue-caller';
import { customerOnComplaint, type PortalCallerDeps } from './portal-caller';
import { portalViewOf } from './portal-response';
import { parsePayload, respond } from './resolver-kit';

export interface PortalActionResolverDeps {
  /** JSM as the invoking customer, and the app's record of anonymous complaints: who may act on which complaint. */
  readonly customers: PortalCallerDeps;
  /** Made per call, and only for a caller found to be the complaint's customer. */
  readonly runtime: () => Promise<EscalateComplaintDeps & ConfirmOutcomeDeps & GetPortalViewDeps>;
}

const words = z.string().trim().min(1).max(MAX_CUSTOMER_WORDS);
/** On the profile panel the key names one of the caller's anonymous complaints; the request page takes its own from the context. */
const issueKey = z.string().optional();

const escalatePayload = z.strictObject({ ground: z.enum(ESCALATION_GROUNDS), reason: words, issueKey });
const confirmPayload = z.discriminatedUnion('resolved', [
  z.strictObject({ resolved: z.literal(true), satisfaction: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]), issueKey }),
  z.strictObject({ resolved: z.literal(false), words, issueKey }),
]);

const escalationError = (refusal: EscalationRefusal): AppError => {
  switch (refusal.code) {
    case 'unknown_complaint':
      return notYetKnown();
    case 'already_escalated':
      return new AppError('CONFLICT', 'You have already escalated this complaint at this stage. You can escalate again once it moves on.');
    case 'ground_not_available':
      return new AppError('TRANSITION_NOT_ALLOWED', 'This complaint cannot be escalated on that ground now. Reload to see where it stands.');
  }
};

const outcomeError = (refusal: OutcomeRefusal): AppError => {
  switch (refusal.code) {
    case 'unknown_complaint':
      return notYetKnown();
    case 'project_not_set_up':
      return new AppError('CONFLICT', 'This complaint cannot take your answer now. Please contact us another way.');
    case 'wrong_status':
      return new AppError('TRANSITION_NOT_ALLOWED', 'You can confirm the outcome once the measures are done or the complaint is closed.');
    case 'already_answered':
      return new AppError('CONFLICT', 'You have already answered at this stage of the complaint.');
    case 'reopen_refused':
      return new AppError('CONFLICT', 'Your answer reached the advocate, but the complaint could not be reopened just now. The advocate will contact you.');
  }
};

/**
 * The portal's two actions (issue 16): Escalate and Confirm the outcome. The payload is checked
 * first (a bad one changes nothing and names nothing), then the caller must be the complaint's
 * customer (`customerOnComplaint`: NOT_FOUND for anyone else, before anything changes), then one
 * use case; each answers the customer's refreshed view.
 */
export const definePortalActionResolvers = (resolver: Resolver, deps: PortalActionResolverDeps): Resolver =>
  resolver
    .define(
      'portal/escalate',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'portal/escalate'>>> =>
        respond(async () => {
          const request = parsePayload(escalatePayload, payload);
          const { issueId } = await customerOnComplaint(deps.customers, context, request.issueKey);
          const runtime = await deps.runtime();
          const outcome = await escalateComplaint(runtime, { issueId, ground: request.ground, reason: request.reason });
          if (outcome.kind === 'refused') throw escalationError(outcome.refusal);
          return portalViewOf(runtime, issueId);
        }),
    )
    .define(
      'portal/confirm-outcome',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'portal/confirm-outcome'>>> =>
        respond(async () => {
          const request = parsePayload(confirmPayload, payload);
          const { issueId } = await customerOnComplaint(deps.customers, context, request.issueKey);
          const runtime = await deps.runtime();
          const answer = request.resolved ? { resolved: true as const, satisfaction: request.satisfaction } : { resolved: false as const, words: request.words };
          const outcome = await confirmOutcome(runtime, issueId, answer);
          if (outcome.kind === 'refused') throw outcomeError(outcome.refusal);
          return portalViewOf(runtime, issueId);
        }),
    );
