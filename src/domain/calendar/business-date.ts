import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The calendar date (`YYYY-MM-DD`) of a moment in the business time zone: "today" for deadlines and once-a-day rules. */
export const businessDateOf = (at: number, timeZone: string): string => format(new TZDate(at, timeZone), 'yyyy-MM-dd');
