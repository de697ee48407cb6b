import { businessDateOf } from '../calendar/business-date';
import { isOpen, type TrailEntry } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { reroutePeople } from '../routing/reroute-target';
import type { ComplaintAction } from '../workflow/complaint-workflow';
import type { Role } from '../workflow/roles';
import { followedUpSinceClosing, lastNudgeOn, panelActions } from './panel-actions';
import { panelComplaint, type PanelComplaintRow } from './panel-complaint';
import { panelTrailEntry } from './panel-trail';

export interface PanelViewInput<A extends ComplaintAction> {
  readonly row: PanelComplaintRow;
  /** Oldest first, as the index keeps it. */
  readonly trail: readonly TrailEntry[];
  /** The caller's roles on the complaint (`rolesOf`). */
  readonly roles: readonly Role[];
  /** The actions the panel can offer, in its order. */
  readonly offered: readonly A[];
  readonly config: Pick<AppConfig, 'departments' | 'calendar' | 'policy' | 'currency'>;
  readonly now: number;
}

/**
 * The departments a re-route may choose, each with whom it may name there. Every configured
 * department is offered, the current one too: a re-route may change only the person.
 */
export const rerouteChoices = (config: Pick<AppConfig, 'departments'>, subject: PanelComplaintRow['subject']) =>
  config.departments.map((dept) => ({ id: dept.id, name: dept.name, people: reroutePeople(dept, subject) }));

/**
 * Everything the issue panel shows but the names of people and the contact data, which the use
 * case asks their ports for: the complaint, its trail, the caller's roles and actions, and what
 * the forms of those actions need. The re-route choices go only to a caller who may re-route.
 */
export const buildPanelView = <A extends ComplaintAction>({ row, trail, roles, offered, config, now }: PanelViewInput<A>) => {
  const today = businessDateOf(now, config.calendar.timeZone);
  // A closed complaint cannot be nudged: an earlier nudge of the day is no longer news.
  const nudgedToday = isOpen(row) ? lastNudgeOn(trail, today, config.calendar.timeZone) : null;
  const actions = panelActions(offered, roles, row.status, { nudgedToday: nudgedToday !== null, followedUp: followedUpSinceClosing(trail) });
  return {
    now,
    complaint: panelComplaint(row, config),
    trail: trail.map(panelTrailEntry),
    roles: [...roles],
    actions,
    forms: {
      today,
      currency: config.currency,
      nudgedToday,
      departments: (actions as readonly ComplaintAction[]).includes('reroute') ? rerouteChoices(config, row.subject) : [],
    },
  };
};
