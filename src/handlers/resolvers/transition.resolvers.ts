import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { RequestOf, ResolverResponse, TransitionDone } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import type { TransitionAction } from '../../domain/workflow/complaint-workflow';
import type { CallerDirectory } from '../../ports/caller.port';
import { performTransition, type PerformTransitionDeps, type TransitionRefusal } from '../../usecases/panel/perform-transition';
import { requestOnIssue, notYetKnown } from './issue-caller';
import { respond } from './resolver-kit';

export interface TransitionResolverDeps {
  readonly callers: CallerDirectory;
  /** Made per call, and only for a caller who may browse the issue. */
  readonly runtime: () => Promise<PerformTransitionDeps>;
}

/** Jira's text areas hold 32,767 characters; the panel's texts are a few paragraphs. */
const MAX_TEXT = 5000;
/** Reason and Duplicate of are one-line text fields, which Jira caps at 255 characters. */
const MAX_LINE = 255;

const text = z.string().trim().min(1).max(MAX_TEXT);
const measures = { measures: text, measuresDeadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), shareMeasures: z.boolean().optional() };
const compensation = z.number().min(0).optional();
const reason = { reason: z.string().trim().min(1).max(MAX_LINE) };

type TransitionKey =
  | 'complaint/start-work'
  | 'complaint/revise-measures'
  | 'complaint/mark-done'
  | 'complaint/close'
  | 'complaint/return'
  | 'complaint/reopen'
  | 'complaint/withdraw'
  | 'complaint/mark-duplicate';

/** Each key's action and payload, as its contract has it; a payload with anything more (another issue's id) is refused. */
const KEYS: { readonly [K in TransitionKey]: { readonly action: TransitionAction; readonly payload: z.ZodType<RequestOf<K>> } } = {
  'complaint/start-work': { action: 'start_work', payload: z.object(measures).strict() },
  'complaint/revise-measures': { action: 'revise_measures', payload: z.object(measures).strict() },
  'complaint/mark-done': { action: 'mark_done', payload: z.object({ actionTaken: text, compensation }).strict() },
  'complaint/close': {
    action: 'close',
    payload: z.object({ satisfaction: z.number().int().min(1).max(5), consideredResolved: z.boolean(), callNotes: text, compensation }).strict(),
  },
  'complaint/return': { action: 'return_for_rework', payload: z.object(reason).strict() },
  'complaint/reopen': { action: 'reopen', payload: z.object(reason).strict() },
  'complaint/withdraw': { action: 'withdraw', payload: z.object(reason).strict() },
  'complaint/mark-duplicate': {
    action: 'mark_duplicate',
    payload: z.object({ ...reason, duplicateOf: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{0,9}-[1-9]\d*$/) }).strict(),
  },
};

/** Each refusal as the typed error the panel shows; an input's problem is its `fields` entry, which the UI translates. */
const errorOf = (refusal: TransitionRefusal): AppError => {
  switch (refusal.code) {
    case 'unknown_complaint':
      return notYetKnown();
    case 'project_not_set_up':
      return new AppError('CONFLICT', 'This project is not set up in Complaint Advocate. Ask a Jira admin to run Set up project.');
    case 'role_not_allowed':
      return new AppError('FORBIDDEN', 'You may not take this step on this complaint.');
    case 'wrong_status':
    case 'not_offered':
      return new AppError('TRANSITION_NOT_ALLOWED', 'This step is not possible in the complaint’s current status. Reload to see what has changed.');
    case 'invalid_input':
      return new AppError('INVALID_INPUT', `The ${refusal.input} is ${refusal.problem.replace(/_/g, ' ')}.`, { fields: [{ path: refusal.input, message: refusal.problem }] });
    case 'jira_refused':
      return new AppError('INVALID_INPUT', refusal.messages.length > 0 ? refusal.messages.join(' ') : 'Jira refused the step.');
  }
};

/** The panel's transition keys (design.md sections 3, 6): one use case, each key with its own payload. */
export const defineTransitionResolvers = (resolver: Resolver, deps: TransitionResolverDeps): Resolver =>
  (Object.entries(KEYS) as [TransitionKey, { readonly action: TransitionAction; readonly payload: z.ZodType<RequestOf<TransitionKey>> }][]).reduce(
    (defined, [key, { action, payload: schema }]) =>
      defined.define(
        key,
        ({ payload, context }): Promise<ResolverResponse<TransitionDone>> =>
          respond(async () => {
            const { issueId, person, request } = await requestOnIssue(deps, context, schema, payload);
            // Whether the customer may read the measures is the app's own flag, not a field of the transition.
            const { shareMeasures, ...input }: RequestOf<TransitionKey> & { readonly shareMeasures?: boolean } = request;
            const outcome = await performTransition(await deps.runtime(), person, { issueId, action, input, shareMeasures });
            if (outcome.kind === 'refused') throw errorOf(outcome.refusal);
            return { status: outcome.status };
          }),
      ),
    resolver,
  );
