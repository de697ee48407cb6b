import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Jira's timestamp form, in the viewer's time zone: `2021-01-20T15:58:12.797+1100`. */
export const jiraTimestamp = (epochMs: number, timeZone: string): string =>
  format(new TZDate(epochMs, timeZone), "yyyy-MM-dd'T'HH:mm:ss.SSSxx");
