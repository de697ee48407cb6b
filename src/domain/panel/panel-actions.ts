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
 * Whether a follow-up complaint was opened since the complaint was last closed: the app opens one
 * per closing (its trail key is `follow-up:<reopens>`), so the panel does not offer a second.
 * The trail comes oldest first.
 */
export const followedUpSinceClosing = (trail: readonly Pick<TrailEntry, 'kind'>[]): boolean => {
  const closedAt = trail.map((entry) => entry.kind).lastIndexOf('closed');
  return closedAt >= 0 && trail.slice(closedAt).some((entry) => entry.kind === 'follow_up_opened');
};

/** Actions that were used up for now: Nudge once a business day, a follow-up once per closing. */
export interface UsedActions {
  readonly nudgedToday: boolean;
  readonly followedUp: boolean;
}

/**
 * The actions a surface offers, in its own order, that a person with these roles may start from
 * this status (the workflow table's `availableActions`), without those used up for now.
 */
export const panelActions = <A extends ComplaintAction>(offered: readonly A[], roles: readonly Role[], status: ComplaintStatus, used: UsedActions): A[] => {
  const available = new Set<ComplaintAction>(availableActions(roles, status));
  const usedUp = (action: ComplaintAction) => (action === 'nudge' && used.nudgedToday) || (action === 'open_follow_up' && used.followedUp);
  return offered.filter((action) => available.has(action) && !usedUp(action));
};
