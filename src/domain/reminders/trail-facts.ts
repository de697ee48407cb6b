import { businessDayOf } from '../calendar/business-calendar';
import type { BusinessCalendar } from '../calendar/business-calendar.schema';
import type { TrailEntry, TrailKind } from '../complaint';

/** The recipient roles already reminded on the business day `day` (`YYYY-MM-DD`). */
export const remindedOn = (cal: BusinessCalendar, trail: readonly TrailEntry[], day: string): Set<string> =>
  new Set(
    trail.filter((e) => e.kind === 'reminded' && businessDayOf(cal, e.at) === day).flatMap((e) => e.recipients),
  );

const levelSince = (kinds: readonly TrailKind[], trail: readonly TrailEntry[], since: number): number =>
  trail.reduce((level, e) => (kinds.includes(e.kind) && e.at >= since ? Math.max(level, e.level ?? 0) : level), 0);

/** The highest escalation level written at or after `since` (the last status change), by the sweep or by the customer; 0 if none. */
export const escalationLevelSince = (trail: readonly TrailEntry[], since: number): number => levelSince(['escalated', 'customer_escalated'], trail, since);

/**
 * The highest level the sweep's own ladder reached since `since`. The customer's escalation from
 * the portal does not count: it is theirs, and must not silence a scheduled step (the manager
 * group at Measures done, the missed deadline, the regulatory alert) the policy promises.
 */
export const sweepLevelSince = (trail: readonly TrailEntry[], since: number): number => levelSince(['escalated'], trail, since);

/** Whether an escalation with this reason was ever written, in any status. */
export const hasEscalated = (trail: readonly TrailEntry[], reason: string): boolean =>
  trail.some((e) => e.kind === 'escalated' && e.reason === reason);
