import type { AppConfig } from '../config/app-config.schema';
import { departmentOf } from '../routing/advocate-of';
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
 * there is none, or when its department is no longer in the settings (accepting it would fail).
 */
export const panelSuggestion = (suggestion: StoredSuggestion | null, config: Pick<AppConfig, 'departments'>): PanelSuggestion | null => {
  const dept = suggestion === null ? undefined : departmentOf(config, suggestion.departmentId);
  if (suggestion === null || dept === undefined) return null;
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
