import type { Subject } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { departmentOf } from '../routing/advocate-of';
import { decideRoute } from '../routing/route-complaint.rules';
import type { RouteDecision } from '../routing/route-decision';
import type { StoredSuggestion } from './triage-example';

/**
 * Where a complaint without a department goes on the app's own suggestion, when an admin turned
 * that on and the suggestion is confident enough: the suggested department's routing rules, as
 * if the registrar had chosen it. Null, leaving it in triage, otherwise, and also when those rules
 * would only triage it again (no lead, no impartial manager): a guess never beats a person there.
 */
export const autoRouteDecision = (
  decision: RouteDecision,
  suggestion: StoredSuggestion | null,
  subject: Subject | null,
  config: Pick<AppConfig, 'departments' | 'groups' | 'triage'>,
): RouteDecision | null => {
  if (decision.reason !== 'triage.no_department' || suggestion === null || !config.triage.autoRoute) return null;
  if (suggestion.confidence < config.triage.threshold) return null;
  const routed = decideRoute({ departmentId: suggestion.departmentId, subject, config });
  return routed.target.kind === 'user' ? routed : null;
};

/** The trail's and the messages' name for a suggestion: "Billing · 82%". */
export const suggestionNote = (suggestion: Pick<StoredSuggestion, 'departmentId' | 'confidence'>, config: Pick<AppConfig, 'departments'>): string =>
  `${departmentOf(config, suggestion.departmentId)?.name ?? suggestion.departmentId} · ${String(Math.round(suggestion.confidence * 100))}%`;
