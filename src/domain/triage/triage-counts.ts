/**
 * What the triage model has learned, as counts that learning adds to and forgetting takes from: a
 * re-routed complaint is forgotten under its old label and learned under its new one, so the
 * counts always equal those of the complaints' current labels.
 */

/** What the model has learned, for one dimension (departments, or categories): per label, how many
 *  examples and how many feature occurrences; per feature, per label, in how many examples it occurred. */
export interface TriageCounts {
  readonly labels: ReadonlyMap<string, { readonly docs: number; readonly terms: number }>;
  /** Only the features asked for need be present. */
  readonly terms: ReadonlyMap<number, ReadonlyMap<string, number>>;
}

export const EMPTY_COUNTS: TriageCounts = { labels: new Map(), terms: new Map() };

/** A count that reached zero is dropped, so forgetting leaves no trace of the label. */
const adjusted = <K>(map: ReadonlyMap<K, number>, key: K, delta: number): Map<K, number> => {
  const next = new Map(map);
  const value = (map.get(key) ?? 0) + delta;
  if (value > 0) next.set(key, value);
  else next.delete(key);
  return next;
};

/** In-memory learning for tests and the bench (the store does the same with SQL): sign +1 learns, -1 forgets. */
export const withExample = (counts: TriageCounts, features: readonly number[], label: string, sign: 1 | -1): TriageCounts => {
  const unique = [...new Set(features)];
  const before = counts.labels.get(label) ?? { docs: 0, terms: 0 };
  const after = { docs: before.docs + sign, terms: before.terms + sign * unique.length };
  const labels = new Map(counts.labels);
  if (after.docs > 0) labels.set(label, after);
  else labels.delete(label);
  const terms = new Map(counts.terms);
  for (const feature of unique) {
    const perLabel = adjusted(counts.terms.get(feature) ?? new Map<string, number>(), label, sign);
    if (perLabel.size > 0) terms.set(feature, perLabel);
    else terms.delete(feature);
  }
  return { labels, terms };
};
