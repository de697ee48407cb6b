import { wholePercent } from '../shared/percent';

export type ConfidenceBand = 'high' | 'medium' | 'low';

/**
 * The plain-words band of a 0..1 confidence: high from 90%, medium from 60%, low below. Counted on
 * the whole percent the card shows, so the band never disagrees with the number beside it.
 */
export const confidenceBand = (confidence: number): ConfidenceBand => {
  const percent = wholePercent(confidence);
  return percent >= 90 ? 'high' : percent >= 60 ? 'medium' : 'low';
};
