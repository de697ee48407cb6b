import * as z from 'zod';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Zones found valid. Every invocation parses the stored configuration, and building a
 * DateTimeFormat to check its zone costs about a millisecond; there are a few hundred zones, and
 * an invalid name is never kept, so a caller cannot grow this.
 */
const knownZones = new Set<string>();

const isTimeZone = (tz: string): boolean => {
  if (knownZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    return false;
  }
  knownZones.add(tz);
  return true;
};

const minutes = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

export const isoDateSchema = z.string().regex(DATE, 'must be a date as YYYY-MM-DD');

/** Working time of the company, in its own time zone. */
export const businessCalendarSchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Kyiv').default('Europe/London'),
    /** ISO weekdays: 1 = Monday … 7 = Sunday. */
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'at least one working day is needed')
      .refine((d) => new Set(d).size === d.length, 'must not repeat a day')
      .default([1, 2, 3, 4, 5]),
    dayStart: z.string().regex(TIME, 'must be a time as HH:MM').default('09:00'),
    dayEnd: z.string().regex(TIME, 'must be a time as HH:MM').default('18:00'),
    holidays: z.array(isoDateSchema).default([]),
  })
  .refine((c) => minutes(c.dayStart) < minutes(c.dayEnd), {
    message: 'the working day must end after it starts',
    path: ['dayEnd'],
  });

export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;
