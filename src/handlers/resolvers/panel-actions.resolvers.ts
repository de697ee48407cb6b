import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import type { Denial } from '../../domain/workflow/may-perform';
import type { CallerDirectory } from '../../ports/caller.port';
import { nudgeComplaint, type NudgeComplaintDeps, type NudgeRefusal } from '../../usecases/panel/nudge-complaint';
import { MAX_FOLLOW_UP_REASON, openFollowUp, type FollowUpRefusal, type OpenFollowUpDeps } from '../../usecases/panel/open-follow-up';
import { requestOnIssue, notYetKnown } from './issue-caller';
import { respond } from './resolver-kit';

export interface PanelActionResolverDeps {
  readonly callers: CallerDirectory;
  /** Made per call, and only for a caller who may browse the issue. */
  readonly runtime: () => Promise<NudgeComplaintDeps & OpenFollowUpDeps>;
}

const nudgePayload = z.object({}).strict();
const followUpPayload = z.object({ reason: z.string().trim().min(1).max(MAX_FOLLOW_UP_REASON) }).strict();

/** The workflow's refusals, shared by both keys: `who` may act and `when`, in the English fallback. */
const denialError = (denial: Denial | { readonly code: 'unknown_complaint' | 'project_not_set_up' }, who: string, when: string): AppError => {
  switch (denial.code) {
    case 'unknown_complaint':
      return notYetKnown();
    case 'project_not_set_up':
      return new AppError('CONFLICT', 'This project is not set up in Complaint Advocate. Ask a Jira admin to run Set up project.');
    case 'role_not_allowed':
      return new AppError('FORBIDDEN', `${who}, and never on a complaint about themselves.`);
    case 'wrong_status':
      return new AppError('TRANSITION_NOT_ALLOWED', when);
    case 'invalid_input':
      return new AppError('INVALID_INPUT', `The ${denial.input} is ${denial.problem.replace(/_/g, ' ')}.`, { fields: [{ path: denial.input, message: denial.problem }] });
  }
};

const nudgeError = (refusal: NudgeRefusal): AppError =>
  refusal.code === 'already_nudged'
    ? new AppError('CONFLICT', 'This complaint was already nudged today. You can nudge it again on the next business day.')
    : denialError(refusal, 'Only advocates can nudge a complaint', 'Only an open complaint can be nudged.');

const followUpError = (refusal: FollowUpRefusal): AppError => {
  switch (refusal.code) {
    case 'already_opened':
      return new AppError('CONFLICT', 'A follow-up complaint was already opened since this complaint was last closed.');
    case 'busy':
      return new AppError('CONFLICT', 'The complaint changed as you asked. Please try again.');
    default:
      return denialError(refusal, 'Only advocates can open a follow-up complaint', 'A follow-up complaint can be opened only from a closed complaint.');
  }
};

/** The issue panel's Nudge now and Open follow-up complaint, which only advocates pass (design.md sections 3, 6). */
export const definePanelActionResolvers = (resolver: Resolver, deps: PanelActionResolverDeps): Resolver =>
  resolver
    .define(
      'complaint/nudge',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'complaint/nudge'>>> =>
        respond(async () => {
          const { issueId, person } = await requestOnIssue(deps, context, nudgePayload, payload);
          const outcome = await nudgeComplaint(await deps.runtime(), person, issueId);
          if (outcome.kind === 'refused') throw nudgeError(outcome.refusal);
          return { nudgedAt: outcome.nudgedAt };
        }),
    )
    .define(
      'complaint/open-follow-up',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'complaint/open-follow-up'>>> =>
        respond(async () => {
          const { issueId, person, request } = await requestOnIssue(deps, context, followUpPayload, payload);
          const outcome = await openFollowUp(await deps.runtime(), person, { issueId, reason: request.reason });
          if (outcome.kind === 'refused') throw followUpError(outcome.refusal);
          return { issueKey: outcome.issueKey };
        }),
    );
