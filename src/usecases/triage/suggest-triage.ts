import type { AppConfig } from '../../domain/config/app-config.schema';
import { suggestLabel } from '../../domain/triage/suggest-label';
import type { TextFeatures } from '../../domain/triage/text-features';
import type { TriageCounts } from '../../domain/triage/triage-counts';
import type { StoredSuggestion } from '../../domain/triage/triage-example';
import type { TriageModelStore } from '../../ports/triage-model.port';

export interface SuggestTriageDeps {
  readonly triage: Pick<TriageModelStore, 'countsFor' | 'namesOf'>;
  readonly config: Pick<AppConfig, 'departments'>;
}

/** Only departments the configuration still has may be suggested: a removed one would route nowhere. */
const configuredOnly = (counts: TriageCounts, config: SuggestTriageDeps['config']): TriageCounts => {
  const ids = new Set(config.departments.map((d) => d.id));
  return { labels: new Map([...counts.labels].filter(([label]) => ids.has(label))), terms: counts.terms };
};

/**
 * The department and category the local model suggests for a complaint's text, learned from this
 * site's own complaints: two reads of the model, no Jira call. Null when it has no honest
 * suggestion for the department (too little learned, or no word of the text ever seen).
 */
export const suggestTriage = async (deps: SuggestTriageDeps, text: TextFeatures, features: readonly number[]): Promise<StoredSuggestion | null> => {
  const department = suggestLabel(configuredOnly(await deps.triage.countsFor('department', features), deps.config), text);
  const best = department?.ranked[0];
  if (department === null || best === undefined) return null;
  const category = suggestLabel(await deps.triage.countsFor('category', features), text)?.ranked[0];
  const categoryName = category === undefined ? undefined : (await deps.triage.namesOf('category', [category.label])).get(category.label);
  return {
    departmentId: best.label,
    confidence: best.confidence,
    category: category === undefined ? null : { key: category.label, name: categoryName ?? category.label, confidence: category.confidence },
    words: department.words,
    examples: department.examples,
    source: 'local',
  };
};
