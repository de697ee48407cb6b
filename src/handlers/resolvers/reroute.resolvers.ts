import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import type { CallerDirectory } from '../../ports/caller.port';
import { MAX_REROUTE_REASON, rerouteComplaint, type RerouteComplaintDeps, type RerouteRefusal } from '../../usecases/routing/reroute-complaint';
import { requestOnIssue, notYetKnown } from './issue-caller';
import { respond } from './resolver-kit';

export interface RerouteResolverDeps {
  readonly callers: CallerDirectory;
  /** Made per call, and only for a caller who may browse the issue. */
  readonly runtime: () => Promise<RerouteComplaintDeps>;
}

const reroutePayload = z
  .object({
    departmentId: z.string().trim().min(1).max(100),
    accountId: z.string().trim().min(1).max(128).optional(),
    reason: z.string().trim().min(1).max(MAX_REROUTE_REASON),
  })
  .strict();

/** Each refusal as the typed error the panel shows. */
const errorOf = (refusal: RerouteRefusal): AppError => {
  switch (refusal.code) {
    case 'unknown_complaint':
      return notYetKnown();
    case 'role_not_allowed':
      return new AppError('FORBIDDEN', 'Only advocates can re-route a complaint, and never one about themselves.');
    case 'wrong_status':
      return new AppError('TRANSITION_NOT_ALLOWED', 'Only an open complaint can be re-routed.');
    case 'invalid_input':
      return new AppError('INVALID_INPUT', `The ${refusal.input} is ${refusal.problem.replace(/_/g, ' ')}.`, {
        fields: [{ path: refusal.input === 'department' ? 'departmentId' : refusal.input, message: refusal.problem }],
      });
    case 'not_eligible':
      return new AppError('INVALID_INPUT', 'Choose the department’s lead, deputy or escalation manager, who must not be the person complained about.', {
        fields: [{ path: 'accountId', message: 'not_eligible' }],
      });
    case 'no_one_to_route_to':
      return new AppError('INVALID_INPUT', 'This department has nobody to take the complaint: choose a person.', { fields: [{ path: 'accountId', message: 'missing' }] });
    case 'project_not_set_up':
      return new AppError('CONFLICT', 'This project is not set up in Complaint Advocate. Ask a Jira admin to run Set up project.');
    case 'nothing_to_change':
      return new AppError('CONFLICT', 'The complaint is already with this department and person.');
    case 'suggestion_changed':
      return new AppError('CONFLICT', 'The suggestion is no longer this one: the complaint left triage, or the app suggests another department now. Reload the panel.');
  }
};

const acceptPayload = z.object({ departmentId: z.string().trim().min(1).max(100) }).strict();

/** The reason an accepted suggestion's re-route carries (issue 17): the trail's reason code says the rest. */
const SUGGESTED = 'suggested';

/** The issue panel's re-route keys, which only advocates pass (design.md sections 3, 4): by hand, or one click on the suggestion (issue 17). */
export const defineRerouteResolvers = (resolver: Resolver, deps: RerouteResolverDeps): Resolver =>
  resolver.define(
    'complaint/reroute',
    ({ payload, context }): Promise<ResolverResponse<ResponseOf<'complaint/reroute'>>> =>
      respond(async () => {
        const { issueId, person, request } = await requestOnIssue(deps, context, reroutePayload, payload);
        const outcome = await rerouteComplaint(await deps.runtime(), person, { issueId, ...request });
        if (outcome.kind === 'refused') throw errorOf(outcome.refusal);
        return { departmentId: outcome.departmentId, responsibleAccountId: outcome.responsibleAccountId };
      }),
  ).define(
    'complaint/accept-suggestion',
    ({ payload, context }): Promise<ResolverResponse<ResponseOf<'complaint/accept-suggestion'>>> =>
      respond(async () => {
        const { issueId, person, request } = await requestOnIssue(deps, context, acceptPayload, payload);
        const outcome = await rerouteComplaint(await deps.runtime(), person, { issueId, departmentId: request.departmentId, reason: SUGGESTED, suggested: true });
        if (outcome.kind === 'refused') throw errorOf(outcome.refusal);
        return { departmentId: outcome.departmentId, responsibleAccountId: outcome.responsibleAccountId };
      }),
  );
