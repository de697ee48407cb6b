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

type LogLikelihood = (feature: number, label: string) => number;

const logLikelihoodOf = (counts: TriageCounts): LogLikelihood => (feature, label) => {
  const docs = counts.labels.get(label)?.docs ?? 0;
  const together = counts.terms.get(feature)?.get(label) ?? 0;
  return Math.log((together + ALPHA) / (docs + 2 * ALPHA));
};

const softmax = (scores: readonly number[]): number[] => {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
};

/** The words whose features favour `best` over `runnerUp` the most. */
const explainingWords = (tf: TextFeatures, seen: ReadonlySet<number>, logLikelihood: LogLikelihood, best: string, runnerUp: string): string[] => {
  const pushes = new Map<string, number>();
  for (const { word, features } of tf.words) {
    if (word.length < MIN_EXPLAINING_WORD || pushes.has(word)) continue;
    const push = features.filter((f) => seen.has(f)).reduce((sum, f) => sum + logLikelihood(f, best) - logLikelihood(f, runnerUp), 0);
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
  const labels = [...counts.labels.keys()].sort();
  const examples = [...counts.labels.values()].reduce((sum, l) => sum + l.docs, 0);
  const seen = new Set(tf.words.flatMap((w) => w.features).filter((f) => counts.terms.has(f)));
  if (examples < MIN_EXAMPLES || labels.length < 2 || seen.size === 0) return null;
  const logLikelihood = logLikelihoodOf(counts);
  const scale = temperature(seen.size);
  const scores = labels.map((label) => {
    const docs = counts.labels.get(label)?.docs ?? 0;
    let sum = 0;
    for (const f of seen) sum += logLikelihood(f, label);
    return (Math.log(docs / examples) + sum) / scale;
  });
  const ranked = softmax(scores)
    .map((confidence, i) => ({ label: labels[i] ?? '', confidence }))
    .sort((a, b) => b.confidence - a.confidence || a.label.localeCompare(b.label));
  const [best, runnerUp] = ranked as [RankedLabel, RankedLabel, ...RankedLabel[]];
  return {
    ranked,
    words: explainingWords(tf, seen, logLikelihood, best.label, runnerUp.label),
    examples: counts.labels.get(best.label)?.docs ?? 0,
  };
};
