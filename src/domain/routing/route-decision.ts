import type { Subject } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';

/** Who gets the complaint: a person, or the advocate group's triage. */
export type RouteTarget = { readonly kind: 'user'; readonly accountId: string } | { readonly kind: 'triage'; readonly group: string };

/** Who champions the customer on this complaint: the department's advocate or the whole group. */
export type AdvocateTarget = { readonly kind: 'user'; readonly accountId: string } | { readonly kind: 'group'; readonly group: string };

/** Stable reason codes; the trail stores them and the UI translates them. */
export const ROUTE_REASONS = [
  'triage.no_department',
  'triage.unknown_department',
  'triage.no_lead',
  'triage.no_escalation_manager',
  'triage.routing_failed',
  'triage.project_not_set_up',
  'conflict_of_interest.lead',
  'conflict_of_interest.deputy',
  'away.deputy',
  'away.no_deputy',
  'lead',
] as const;
export type RouteReason = (typeof ROUTE_REASONS)[number];

export interface RouteDecision {
  readonly target: RouteTarget;
  readonly reason: RouteReason;
  readonly advocate: AdvocateTarget;
  /** The department as routed; null in triage for a missing or unknown department. */
  readonly departmentId: string | null;
}

export interface RouteQuery {
  readonly departmentId: string | null;
  readonly subject: Subject | null;
  readonly config: Pick<AppConfig, 'departments' | 'groups'>;
}

