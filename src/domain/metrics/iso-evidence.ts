import type { Complaint } from '../complaint';
import { closedIn, isWithin, type BusinessDaysMeasure, type MetricsPeriod } from './metrics-query';
import { ratio } from './statistics';

/** How many complaints were measured, how many met the mark, and their share. */
export interface EvidenceShare {
  readonly count: number;
  readonly met: number;
  readonly share: number | null;
}

/** The evidence ISO 10002 asks a complaints process to keep (its clauses 8.4 and 8.5). */
export interface IsoEvidence {
  /** Work started (Registered → In progress) within the policy's days for Registered, over complaints started in the period. */
  readonly acknowledgedWithinTarget: EvidenceShare;
  /** Closed by the regulatory response deadline, over complaints closed in the period that have one. */
  readonly respondedWithinTarget: EvidenceShare;
  /** Closed as done with the customer's rating recorded on the call after closure. */
  readonly satisfactionAfterClosure: EvidenceShare;
  /** Closed as done with the measures taken recorded. */
  readonly improvementsRecorded: EvidenceShare;
}

/** A complaint's response deadline under the configured preset (epoch ms), null when the preset sets none. */
export type ResponseDeadline = (createdAt: number) => number | null;

export interface EvidenceMeasures {
  readonly businessDays: BusinessDaysMeasure;
  readonly responseDueAt: ResponseDeadline;
}

const share = <T>(items: readonly T[], met: (item: T) => boolean): EvidenceShare => {
  const count = items.length;
  const metCount = items.filter(met).length;
  return { count, met: metCount, share: ratio(metCount, count) };
};

// Length, not trim: the SQL engines agree on a string's length but not on which characters trim removes.
const hasText = (text: string | null): boolean => text !== null && text.length > 0;

export const isoEvidence = (
  records: readonly Complaint[],
  period: MetricsPeriod,
  acknowledgeBusinessDays: number,
  measures: EvidenceMeasures,
): IsoEvidence => {
  const started = records.filter((c): c is Complaint & { readonly firstActionAt: number } => isWithin(period, c.firstActionAt));
  const closed = closedIn(records, period);
  const withDeadline = closed.flatMap((c) => {
    const dueAt = measures.responseDueAt(c.createdAt);
    return dueAt === null ? [] : [{ closedAt: c.closedAt, dueAt }];
  });
  const done = closed.filter((c) => c.resolution === 'done');
  return {
    acknowledgedWithinTarget: share(started, (c) => measures.businessDays(c.createdAt, c.firstActionAt) <= acknowledgeBusinessDays),
    respondedWithinTarget: share(withDeadline, (c) => c.closedAt <= c.dueAt),
    satisfactionAfterClosure: share(done, (c) => c.satisfaction !== null),
    improvementsRecorded: share(done, (c) => hasText(c.measures)),
  };
};
