import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { PANEL_ACTIONS } from '../../contracts/panel-view';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import type { CallerDirectory } from '../../ports/caller.port';
import { identifyCaller } from '../../usecases/access/identify-caller';
import { getPanelView, type GetPanelViewDeps } from '../../usecases/panel/get-panel-view';
import { parsePayload, respond, trustedIssueContext } from './resolver-kit';

export interface PanelViewResolverDeps {
  readonly callers: CallerDirectory;
  /** Made per call, and only for a caller who may browse the issue. */
  readonly view: () => Promise<GetPanelViewDeps>;
}

// The issue comes from the Forge context: a payload naming one is refused.
const noPayload = z.object({}).strict();

/** The issue panel's one opening call: everything it shows to whoever may browse the complaint (design.md section 6). */
export const definePanelViewResolvers = (resolver: Resolver, deps: PanelViewResolverDeps): Resolver =>
  resolver.define(
    'panel/view',
    ({ payload, context }): Promise<ResolverResponse<ResponseOf<'panel/view'>>> =>
      respond(async () => {
        const { accountId, issueId } = trustedIssueContext(context);
        const caller = await identifyCaller(deps, accountId, issueId);
        if (!caller.found) throw new AppError('NOT_FOUND', 'This complaint does not exist, or you may not see it.');
        parsePayload(noPayload, payload);
        const outcome = await getPanelView(await deps.view(), caller.person, { issueId, offered: PANEL_ACTIONS });
        if (outcome.kind === 'refused') throw new AppError('NOT_FOUND', 'The app does not know this complaint yet. Try again in a moment.');
        return outcome.view;
      }),
  );
