import type { TrailEntry } from '../complaint';
import { REROUTED_BY_ADVOCATE } from './reroute-target';

/**
 * Automatic routing happens once. An event that arrives late or twice must never undo a
 * person's assignment, so the trail, not the event, decides (design.md section 4).
 *
 * A person who assigns the complaint in Jira before routing ran (the trail's `rerouted` entry of
 * an assignment) keeps that assignee, but an assignment grants nothing: routing still chooses the
 * responsible person, records why and tells them. An advocate's re-route chose the responsible
 * person by hand: routing, which may still be pending when it happens, never overrides it.
 */
export type RoutingNeed = { readonly route: true; readonly keepAssignee: boolean } | { readonly route: false; readonly because: 'already_routed' };

export const routingNeed = (trail: readonly Pick<TrailEntry, 'kind' | 'reason'>[]): RoutingNeed => {
  if (trail.some((e) => e.kind === 'routed' || e.reason === REROUTED_BY_ADVOCATE)) return { route: false, because: 'already_routed' };
  return { route: true, keepAssignee: trail.some((e) => e.kind === 'rerouted') };
};
