import type { Complaint } from '../complaint';
import { isWithin, type MetricsPeriod } from './metrics-query';

/** A customer's escalation from the portal, as the dashboard counts it: the complaint, and when. */
export interface CustomerEscalation {
  readonly issueId: string;
  readonly at: number;
}

/**
 * "Escalated by customers": how many of the complaints (already narrowed to the view's projects
 * and departments) their customers escalated in the period, each counted once however often.
 */
export const escalatedByCustomers = (
  records: readonly Pick<Complaint, 'issueId'>[],
  escalations: readonly CustomerEscalation[],
  period: MetricsPeriod,
): number => {
  const inView = new Set(records.map((r) => r.issueId));
  return new Set(escalations.filter((e) => inView.has(e.issueId) && isWithin(period, e.at)).map((e) => e.issueId)).size;
};
