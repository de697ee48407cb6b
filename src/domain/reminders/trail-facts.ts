import { businessDayOf } from '../calendar/business-calendar';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import type { TrailEntry } from '../complaint';

/** The recipient roles already reminded on the business day `day` (`YYYY-MM-DD`). */
export const remindedOn = (cal: BusinessCalendar, trail: readonly TrailEntry[], day: string): Set<string> =>
  new Set(
    trail.filter((e) => e.kind === 'reminded' && businessDayOf(cal, e.at) === day).flatMap((e) => e.recipients),
  );

/** The highest escalation level written at or after `since` (the last status change), by the sweep or by the customer; 0 if none. */
export const escalationLevelSince = (trail: readonly TrailEntry[], since: number): number =>
  trail.reduce((level, e) => ((e.kind === 'escalated' || e.kind === 'customer_escalated') && e.at >= since ? Math.max(level, e.level ?? 0) : level), 0);

/** Whether an escalation with this reason was ever written, in any status. */
export const hasEscalated = (trail: readonly TrailEntry[], reason: string): boolean =>
  trail.some((e) => e.kind === 'escalated' && e.reason === reason);
