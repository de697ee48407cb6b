import type { Complaint, Satisfaction } from '../complaint';
import { closedIn, type MetricsPeriod } from './metrics-query';
import { ratio } from './statistics';

/**
 * Over complaints closed in the period with resolution `done`: withdrawn and duplicate
 * complaints are closed without a call, so they carry no satisfaction.
 */
export interface SatisfactionFigures {
  /** Complaints with a satisfaction score. */
  readonly count: number;
  readonly average: number | null;
  readonly distribution: Readonly<Record<Satisfaction, number>>;
  /** Share of scores that are 4 or 5. */
  readonly shareFourOrFive: number | null;
  /** Share of "the customer considers it resolved" among the answered ones. */
  readonly shareConsideredResolved: number | null;
}

export const satisfactionFigures = (records: readonly Complaint[], period: MetricsPeriod): SatisfactionFigures => {
  const done = closedIn(records, period).filter((c) => c.resolution === 'done');
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let scoreSum = 0;
  let answered = 0;
  let resolved = 0;
  for (const { satisfaction, consideredResolved } of done) {
    if (satisfaction !== null) {
      distribution[satisfaction] += 1;
      scoreSum += satisfaction;
    }
    if (consideredResolved !== null) {
      answered += 1;
      if (consideredResolved) resolved += 1;
    }
  }
  const count = distribution[1] + distribution[2] + distribution[3] + distribution[4] + distribution[5];
  return {
    count,
    average: ratio(scoreSum, count),
    distribution,
    shareFourOrFive: ratio(distribution[4] + distribution[5], count),
    shareConsideredResolved: ratio(resolved, answered),
  };
};
