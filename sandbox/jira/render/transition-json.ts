import type { JiraSite } from '../jira-site';
import type { TransitionRecord } from '../store/workflow-store';
import { statusJson } from './catalog-json';
import type { IssueTransitionJson } from './jira-models';

/** A transition as `GET /issue/{key}/transitions` lists it; `withFields` answers `expand=transitions.fields`. */
export function transitionJson(site: JiraSite, transition: TransitionRecord, baseUrl: string, withFields: boolean) {
  const to = site.workflows.statusById(transition.toStatusId);
  return {
    id: transition.id,
    name: transition.name,
    ...(to === null ? {} : { to: statusJson(to, baseUrl) }),
    hasScreen: transition.screenId !== null,
    isGlobal: transition.type === 'GLOBAL',
    isInitial: false,
    isAvailable: true,
    isConditional: transition.rules.conditions.length > 0,
    looped: false,
    // Screens arrive with the configuration endpoints; until then no transition has screen fields.
    ...(withFields ? { fields: {} } : {}),
  } satisfies IssueTransitionJson;
}
