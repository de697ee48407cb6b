import type { TrailEntry } from '../complaint';

/**
 * Automatic routing happens once. An event that arrives late or twice must never undo a
 * person's assignment, so the trail, not the event, decides (design.md section 4).
 *
 * A person who assigns the complaint in Jira before routing ran (the trail's `rerouted` entry of
 * an assignment) keeps that assignee, but an assignment grants nothing: routing still chooses the
 * responsible person, records why and tells them.
 */
export type RoutingNeed = { readonly route: true; readonly keepAssignee: boolean } | { readonly route: false; readonly because: 'already_routed' };

export const routingNeed = (trail: readonly Pick<TrailEntry, 'kind'>[]): RoutingNeed => {
  if (trail.some((e) => e.kind === 'routed')) return { route: false, because: 'already_routed' };
  return { route: true, keepAssignee: trail.some((e) => e.kind === 'rerouted') };
};
