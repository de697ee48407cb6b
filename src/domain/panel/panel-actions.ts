import { businessDateOf } from '../calendar/business-date';
import type { ComplaintStatus, TrailEntry } from '../complaint';
import type { ComplaintAction } from '../workflow/complaint-workflow';
import { availableActions } from '../workflow/may-perform';
import type { Role } from '../workflow/roles';

/**
 * When the complaint was last nudged on this business day (epoch ms), or null. A nudge is a
 * reminder on demand, at most once a business day (design.md section 6), which the nudge's trail
 * key (`nudge:<YYYY-MM-DD>`) enforces; this tells the panel not to offer it again meanwhile.
 */
export const lastNudgeOn = (trail: readonly Pick<TrailEntry, 'kind' | 'at'>[], today: string, timeZone: string): number | null =>
  trail.reduce<number | null>(
    (last, entry) => (entry.kind === 'nudged' && businessDateOf(entry.at, timeZone) === today && (last === null || entry.at > last) ? entry.at : last),
    null,
  );

/**
 * The actions a surface offers, in its own order, that a person with these roles may start from
 * this status (the workflow table's `availableActions`), without Nudge once it was used today.
 */
export const panelActions = <A extends ComplaintAction>(
  offered: readonly A[],
  roles: readonly Role[],
  status: ComplaintStatus,
  nudgedToday: boolean,
): A[] => {
  const available = new Set<ComplaintAction>(availableActions(roles, status));
  return offered.filter((action) => available.has(action) && !(action === 'nudge' && nudgedToday));
};
