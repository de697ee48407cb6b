import { TZDate } from '@date-fns/tz';
import { addMonths, startOfMonth } from 'date-fns';
import type { MetricsPeriod } from './metrics-query';

/**
 * The gadget's "last n months": whole calendar months of the business time zone, the current
 * one included, so that every month of the trend is a whole month and the current one fills in.
 */
export const lastMonths = (now: number, months: number, timeZone: string): MetricsPeriod => {
  const thisMonth = startOfMonth(new TZDate(now, timeZone));
  return { from: addMonths(thisMonth, 1 - months).getTime(), to: addMonths(thisMonth, 1).getTime() };
};
