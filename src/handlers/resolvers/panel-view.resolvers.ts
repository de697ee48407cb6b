import type Resolver from '@forge/resolver';
import * as z from 'zod';
import { PANEL_ACTIONS } from '../../contracts/panel-view';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import type { CallerDirectory } from '../../ports/caller.port';
import { getPanelView, type GetPanelViewDeps } from '../../usecases/panel/get-panel-view';
import { requestOnIssue, notYetKnown } from './issue-caller';
import { respond } from './resolver-kit';

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
        const { issueId, person } = await requestOnIssue(deps, context, noPayload, payload);
        const outcome = await getPanelView(await deps.view(), person, { issueId, offered: PANEL_ACTIONS });
        if (outcome.kind === 'refused') throw notYetKnown();
        return outcome.view;
      }),
  );
