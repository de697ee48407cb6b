import { isAppError } from '../../../src/domain/app-error';
import { businessCalendarSchema, type BusinessCalendar } from '../../../src/domain/calendar/business-calendar.schema';

const calendar = (input: Record<string, unknown>): BusinessCalendar => businessCalendarSchema.parse(input);

/** Schema defaults: Europe/London, Monday to Friday, 09:00–18:00 (9 h). GMT = UTC until 2026-03-29, then BST = UTC+1. */
export const london = calendar({});
/** London with Easter 2026: Good Friday 04-03 and Easter Monday 04-06. */
export const londonEaster = calendar({ holidays: ['2026-04-03', '2026-04-06'] });
/** New York, Monday to Friday, 09:00–17:00 (8 h). EST = UTC−5; EDT = UTC−4 from 2026-03-08 to 2026-11-01. */
export const newYork = calendar({ timeZone: 'America/New_York', dayEnd: '17:00' });
/** Kyiv, every day, 09:00–18:00. EET = UTC+2; EEST = UTC+3 from 2026-03-29 (03:00→04:00) to 2026-10-25 (04:00→03:00). */
export const kyivEveryDay = calendar({ timeZone: 'Europe/Kyiv', workingDays: [1, 2, 3, 4, 5, 6, 7] });
/** Kyiv, every day, 00:00–12:00: the DST switch falls inside working hours. */
export const kyivNight = calendar({ timeZone: 'Europe/Kyiv', workingDays: [1, 2, 3, 4, 5, 6, 7], dayStart: '00:00', dayEnd: '12:00' });
/** New York, every day, 00:00–06:00: the DST switch (02:00) falls inside working hours. */
export const newYorkNight = calendar({ timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5, 6, 7], dayStart: '00:00', dayEnd: '06:00' });

export const at = (iso: string): number => Date.parse(iso);
export const HOUR = 3_600_000;

/** The AppError code that `run` throws, or undefined when it throws none. */
export const thrownCode = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (e) {
    return isAppError(e) ? e.code : `not an AppError: ${String(e)}`;
  }
  return undefined;
};
