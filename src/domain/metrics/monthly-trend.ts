import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth } from 'date-fns';
import type { Complaint } from '../complaint';
import { closedIn, isWithin, type MetricsPeriod } from './metrics-query';
import { satisfactionFigures } from './satisfaction';

/**
 * One calendar month of the business time zone, cut to the reporting period, so that the
 * months of a trend add up to the period's own figures.
 */
export interface MonthFigures {
  /** `yyyy-MM` in the business time zone. */
  readonly month: string;
  readonly from: number;
  readonly to: number;
  readonly registered: number;
  readonly closed: number;
  /** As `SatisfactionFigures.average`, over the complaints closed in this month. */
  readonly averageSatisfaction: number | null;
}

interface MonthBucket extends MetricsPeriod {
  readonly month: string;
  readonly created: Complaint[];
  readonly closed: Complaint[];
}

/** The months of the trend: calendar months of the business time zone, cut to the period. */
export const monthBuckets = (period: MetricsPeriod, timeZone: string): MonthBucket[] => {
  const months: MonthBucket[] = [];
  if (period.from >= period.to) return months;
  for (
    let start = startOfMonth(new TZDate(period.from, timeZone));
    start.getTime() < period.to;
    start = addMonths(start, 1)
  ) {
    months.push({
      month: format(start, 'yyyy-MM'),
      from: Math.max(start.getTime(), period.from),
      to: Math.min(addMonths(start, 1).getTime(), period.to),
      created: [],
      closed: [],
    });
  }
  return months;
};

export const monthlyTrend = (
  records: readonly Complaint[],
  period: MetricsPeriod,
  timeZone: string,
): MonthFigures[] => {
  const months = monthBuckets(period, timeZone);
  // One pass that sorts each record into its months, rather than a pass per month:
  // the dashboard reads up to 100k records in one resolver call.
  for (const c of records) {
    months.find((m) => isWithin(m, c.createdAt))?.created.push(c);
    months.find((m) => isWithin(m, c.closedAt))?.closed.push(c);
  }
  return months.map(({ month, from, to, created, closed }) => {
    const bucket = { from, to };
    return {
      month,
      from,
      to,
      registered: created.length,
      closed: closedIn(closed, bucket).length,
      averageSatisfaction: satisfactionFigures(closed, bucket).average,
    };
  });
};
