import type { Complaint } from '../complaint';
import { closedIn, type MetricsPeriod } from './metrics-query';
import { ratio, sum } from './statistics';

/** Per complaint closed in the period. */
export interface RateFigures {
  readonly closed: number;
  /** Returns for rework per closed complaint. */
  readonly returnRate: number | null;
  /** Reopens per closed complaint. */
  readonly reopenRate: number | null;
  /** Share of closed complaints that have at least one follow-up complaint, opened at any time. */
  readonly followUpRate: number | null;
}

/**
 * Keys of the complaints that some complaint follows up. Take them from every record, before
 * filtering: a follow-up routed to another department still shows that the first one came back.
 */
export const followedUpKeys = (records: readonly Complaint[]): ReadonlySet<string> => {
  const keys = new Set<string>();
  for (const { followUpOf } of records) if (followUpOf !== null) keys.add(followUpOf);
  return keys;
};

export const rateFigures = (
  records: readonly Complaint[],
  period: MetricsPeriod,
  followedUp: ReadonlySet<string>,
): RateFigures => {
  const closed = closedIn(records, period);
  return {
    closed: closed.length,
    returnRate: ratio(sum(closed.map((c) => c.returns)), closed.length),
    reopenRate: ratio(sum(closed.map((c) => c.reopens)), closed.length),
    followUpRate: ratio(closed.filter((c) => followedUp.has(c.issueKey)).length, closed.length),
  };
};
