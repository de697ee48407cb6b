import { TZDate } from '@date-fns/tz';
import { addMonths, startOfMonth } from 'date-fns';
import type { MetricsPeriod } from './metrics-query';

/**
 * The longest period the gadget offers, in months: a year's review. The index keeps every row such
 * a period reads (`index-horizon.ts`); the trend's older months come from the monthly rollups.
 */
export const MAX_PERIOD_MONTHS = 12;

/**
 * The gadget's "last n months": whole calendar months of the business time zone, the current
 * one included, so that every month of the trend is a whole month and the current one fills in.
 */
export const lastMonths = (now: number, months: number, timeZone: string): MetricsPeriod => {
  const thisMonth = startOfMonth(new TZDate(now, timeZone));
  return { from: addMonths(thisMonth, 1 - months).getTime(), to: addMonths(thisMonth, 1).getTime() };
};
