/**
 * The suggested label for a complaint's text: a naive Bayes over the presence of the text's
 * features, whose confidence is tempered so that it can gate an automatic routing.
 */
import type { TextFeatures } from './text-features';
import type { TriageCounts } from './triage-counts';

export interface RankedLabel {
  readonly label: string;
  /** 0..1, sums to at most 1 over all labels. */
  readonly confidence: number;
}
export interface Suggestion {
  /** Best first, every known label. */
  readonly ranked: readonly RankedLabel[];
  /** The query's words that pushed most towards the best label over the runner-up, strongest first (≤ 5). */
  readonly words: readonly string[];
  /** How many learned examples the best label has: "learned from 42 past Billing complaints". */
  readonly examples: number;
}

/** Below this many learned complaints, any suggestion would be a guess. */
export const MIN_EXAMPLES = 20;
/** The confidence from which an admin's automatic routing may act; the bench measures its accuracy. */
export const DEFAULT_AUTO_ROUTE_THRESHOLD = 0.9;
/**
 * Laplace smoothing: a feature never seen with a label keeps a chance of it. Smaller values made
 * the model more often sure and wrong on held-out complaints.
 */
const ALPHA = 1;
const MAX_WORDS = 5;
/** Words this short explain nothing even when they tip the balance. */
const MIN_EXPLAINING_WORD = 4;

/**
 * A text's features are far from independent (a word comes with its beginnings, a complaint
 * repeats itself), so plain naive Bayes is sure of nearly everything. The summed log-likelihoods
 * are therefore scaled to what EVIDENCE_FEATURES independent features would say, whatever the
 * text's length; on held-out complaints (the bench's calibration bins) this keeps the suggestions
 * above the automatic-routing threshold right, where a square-root scaling or a smaller value
 * let wrong ones through.
 */
const EVIDENCE_FEATURES = 6;
const temperature = (seen: number): number => Math.max(1, seen / EVIDENCE_FEATURES);

interface Learned {
  readonly label: string;
  readonly docs: number;
}

/** How likely an example of the label is to contain the feature, smoothed. */
const logLikelihood = (counts: TriageCounts, feature: number, { label, docs }: Learned): number =>
  Math.log(((counts.terms.get(feature)?.get(label) ?? 0) + ALPHA) / (docs + 2 * ALPHA));

/**
 * The text's log-likelihood under each label, in one pass over the features' counts. A feature a
 * label never saw adds log(α / (docs + 2α)) for it, so that term is added once for all the
 * features and each count only adds log((count + α) / α): this visits only counts that exist.
 */
/** The text's features that the model saw, each with its count per label. */
type Seen = ReadonlyMap<number, ReadonlyMap<string, number>>;

const seenFeatures = (counts: TriageCounts, tf: TextFeatures): Seen => {
  const seen = new Map<number, ReadonlyMap<string, number>>();
  for (const { features } of tf.words) {
    for (const f of features) {
      const perLabel = counts.terms.get(f);
      if (perLabel) seen.set(f, perLabel);
    }
  }
  return seen;
};

const withLogLikelihoods = (seen: Seen, learned: readonly Learned[]): (Learned & { logLikelihood: number })[] => {
  const byLabel = new Map(learned.map((l) => [l.label, { ...l, logLikelihood: seen.size * Math.log(ALPHA / (l.docs + 2 * ALPHA)) }]));
  for (const perLabel of seen.values()) {
    for (const [label, together] of perLabel) {
      const entry = byLabel.get(label);
      // A store's feature count for a label it has no examples of is ignored, not fatal.
      if (entry) entry.logLikelihood += Math.log((together + ALPHA) / ALPHA);
    }
  }
  return [...byLabel.values()];
};

/** Scores to confidences that sum to 1, computed from the top score so that nothing overflows. */
const softmax = <T extends { readonly score: number }>(items: readonly T[]): (T & { readonly confidence: number })[] => {
  const top = Math.max(...items.map((item) => item.score));
  const weighted = items.map((item) => ({ item, weight: Math.exp(item.score - top) }));
  const total = weighted.reduce((sum, w) => sum + w.weight, 0);
  return weighted.map(({ item, weight }) => ({ ...item, confidence: weight / total }));
};

/** The words whose features favour `best` over `runnerUp` the most. */
const explainingWords = (counts: TriageCounts, tf: TextFeatures, seen: Seen, best: Learned, runnerUp: Learned): string[] => {
  const pushes = new Map<string, number>();
  for (const { word, features } of tf.words) {
    if (word.length < MIN_EXPLAINING_WORD || pushes.has(word)) continue;
    const push = features.filter((f) => seen.has(f)).reduce((sum, f) => sum + logLikelihood(counts, f, best) - logLikelihood(counts, f, runnerUp), 0);
    pushes.set(word, push);
  }
  return [...pushes]
    .filter(([, push]) => push > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_WORDS)
    .map(([word]) => word);
};

/** Null when the model cannot say anything honest: fewer than MIN_EXAMPLES learned, fewer than 2 labels,
 *  or no feature of the text was ever seen. */
export const suggestLabel = (counts: TriageCounts, tf: TextFeatures): Suggestion | null => {
  // In label order, so that equally likely labels rank the same way every time.
  const learned: Learned[] = [...counts.labels].map(([label, { docs }]) => ({ label, docs })).sort((a, b) => a.label.localeCompare(b.label));
  const examples = learned.reduce((sum, l) => sum + l.docs, 0);
  const seen = seenFeatures(counts, tf);
  if (examples < MIN_EXAMPLES || learned.length < 2 || seen.size === 0) return null;
  const scale = temperature(seen.size);
  const scored = withLogLikelihoods(seen, learned).map((l) => ({ ...l, score: (Math.log(l.docs / examples) + l.logLikelihood) / scale }));
  const ranked = softmax(scored).sort((a, b) => b.confidence - a.confidence);
  const [best, runnerUp] = ranked as [(typeof ranked)[number], (typeof ranked)[number]];
  return {
    ranked: ranked.map(({ label, confidence }) => ({ label, confidence })),
    words: explainingWords(counts, tf, seen, best, runnerUp),
    examples: best.docs,
  };
};
