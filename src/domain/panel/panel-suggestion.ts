import type { Subject } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { departmentOf } from '../routing/advocate-of';
import { rerouteTarget } from '../routing/reroute-target';
import type { StoredSuggestion } from '../triage/triage-example';

/** The suggestion as the panel's contract carries it (`PanelSuggestion`), kept here since the domain imports no contract. */
export interface PanelSuggestion {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly confidence: number;
  readonly category: { readonly name: string; readonly confidence: number } | null;
  readonly words: readonly string[];
  readonly examples: number;
  readonly source: StoredSuggestion['source'];
}

/**
 * The suggestion as the advocate's panel shows it, with the department's current name; null when
 * there is none, or when one click could not route there: the department is gone from the
 * settings, or nobody there may take this complaint (no lead, or only the person it is about).
 * Re-route, which names a person, is the way then.
 */
export const panelSuggestion = (suggestion: StoredSuggestion | null, subject: Subject | null, config: Pick<AppConfig, 'departments' | 'groups'>): PanelSuggestion | null => {
  const dept = suggestion === null ? undefined : departmentOf(config, suggestion.departmentId);
  if (suggestion === null || dept === undefined || !rerouteTarget(dept.id, subject, undefined, config).ok) return null;
  return {
    departmentId: dept.id,
    departmentName: dept.name,
    confidence: suggestion.confidence,
    category: suggestion.category === null ? null : { name: suggestion.category.name, confidence: suggestion.category.confidence },
    words: suggestion.words,
    examples: suggestion.examples,
    source: suggestion.source,
  };
};
