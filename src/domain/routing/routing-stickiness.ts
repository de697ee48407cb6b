import type { TrailEntry } from '../complaint';

/**
 * Automatic routing happens once. An event that arrives late or twice must never undo a
 * person's re-route, so the trail, not the event, decides (design.md section 4).
 */
export type RoutingNeed =
  | { readonly route: true }
  | { readonly route: false; readonly because: 'already_routed' | 'manually_rerouted' };

export const routingNeed = (trail: readonly Pick<TrailEntry, 'kind'>[]): RoutingNeed => {
  if (trail.some((e) => e.kind === 'rerouted')) return { route: false, because: 'manually_rerouted' };
  if (trail.some((e) => e.kind === 'routed')) return { route: false, because: 'already_routed' };
  return { route: true };
};
