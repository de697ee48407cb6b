import type { TriageCounts } from '../domain/triage/triage-counts';
import type { TriageDimension, TriageExample } from '../domain/triage/triage-example';

/** A move of one example between labels of one dimension; a null side is "not learned". */
export interface Relabel {
  readonly issueId: string;
  readonly dimension: TriageDimension;
  readonly from: string | null;
  readonly to: string | null;
  /** The label's display name, kept the first time the label is learned (categories). */
  readonly name?: string;
}

/**
 * The triage model's store: the learned counts and the examples they were learned from. Counts
 * move only with an example's label (`relabel`), so they always equal what the examples' current
 * labels say, however often an event arrives.
 */
export interface TriageModelStore {
  /** What the model learned of these features in one dimension: every label, and the features' counts. */
  countsFor(dimension: TriageDimension, features: readonly number[]): Promise<TriageCounts>;
  /** The display names of these labels, where one was kept. */
  namesOf(dimension: TriageDimension, labels: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Keeps a new example, unlearned; false when the complaint has one already (the first write wins). */
  keepExample(example: Omit<TriageExample, 'department' | 'category'>): Promise<boolean>;
  exampleOf(issueId: string): Promise<TriageExample | null>;
  /**
   * Moves the example from `from` to `to`, and the counts with it: forgets it under the old label,
   * learns it under the new. False, changing nothing, when its label is no longer `from`
   * (another writer moved it first) or it is gone.
   */
  relabel(move: Relabel): Promise<boolean>;
  /** Forgets the example itself; what it taught stays learned. */
  dropExample(issueId: string): Promise<void>;
}
