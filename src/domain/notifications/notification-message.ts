import type { Satisfaction } from '../complaint';
import type { DigestLine } from '../desk/advocate-digest';
import type { EscalationGround } from '../portal/customer-escalation';
import type { EscalationReason, ReminderReason } from '../reminders/reminder-plan';
import type { RouteReason } from '../routing/route-decision';

/** The triage suggestion a message names (issue 17): the department and the model's confidence, 0..1. */
export interface SuggestionFact {
  readonly departmentName: string;
  readonly confidence: number;
}

/**
 * What the app tells people about a complaint. Each kind is one message template, rendered in
 * the recipients' languages by `renderNotification`.
 */
export type NotificationMessage =
  /** To the new assignee and the advocate: the complaint was routed, and why; `suggestion` when the app routed it on its own suggestion. */
  | { readonly kind: 'routed'; readonly routeReason: RouteReason; readonly suggestion?: SuggestionFact }
  /** To the advocate group: nobody could be chosen, an advocate must route it by hand; `suggestion` is the app's, when it has one. */
  | { readonly kind: 'triage'; readonly routeReason: RouteReason; readonly suggestion?: SuggestionFact }
  /** A reminder or an escalation from the sweep; `dueDate` is the step's due day in the business time zone. */
  | { readonly kind: 'reminder'; readonly reason: ReminderReason; readonly dueDate: string | null }
  | { readonly kind: 'escalation'; readonly reason: EscalationReason; readonly dueDate: string | null }
  /** To the advocate: the lead marked the measures done, call the customer. */
  | { readonly kind: 'measures_done' }
  /**
   * To the lead: the advocate returned the complaint for rework (or reopened it); a new deadline is
   * needed. `reason` is the one given on the transition screen; messages recorded before it was carried have none.
   */
  | { readonly kind: 'returned'; readonly reason?: string }
  | { readonly kind: 'reopened'; readonly reason?: string }
  /** To the advocate: the complaint was closed as a duplicate of a key Jira has no complaint for; link it by hand. */
  | { readonly kind: 'duplicate_unknown' }
  /** To the old and new responsible people and the advocate: an advocate re-routed the complaint, with this reason. */
  | { readonly kind: 'rerouted'; readonly reason: string; readonly suggestion?: SuggestionFact }
  /** To whoever must act now (the responsible person, or the advocate once the measures are done): an advocate's Nudge now. */
  | { readonly kind: 'nudge' }
  /** To the advocate and the escalation manager (and the manager group at the top rung): the customer escalated from the portal, in their words. */
  | { readonly kind: 'customer_escalated'; readonly ground: EscalationGround; readonly reason: string }
  /** To the advocate: the customer confirmed the outcome on the portal with this rating. */
  | { readonly kind: 'customer_confirmed'; readonly satisfaction: Satisfaction }
  /** To the advocate: the customer says the complaint is not resolved (at Measures done, before the call). */
  | { readonly kind: 'customer_not_resolved'; readonly reason: string }
  /** To the advocate: the customer says the closed complaint is not resolved, and the app reopened it. */
  | { readonly kind: 'customer_reopened'; readonly reason: string }
  /**
   * To one advocate (or the advocate group), once a business day: what awaits them, the first
   * lines of it and the total, and where their queue is. It rides on the most urgent complaint,
   * as Jira's notify is per issue.
   */
  | { readonly kind: 'digest'; readonly total: number; readonly lines: readonly DigestLine[]; readonly queue: QueueLocation };

/** Where the advocate's queue page is on the Jira site (`jiraServiceManagement:queuePage`). */
export interface QueueLocation {
  /** The service project whose Queues hold it (the complaint the digest rides on). */
  readonly projectKey: string;
  /** Its address on the site, `/jira/servicedesk/projects/<key>/queues/apps/<appId>/<envId>`; the app does not know the site's host. */
  readonly path: string;
}

/** The facts every message shows. */
export interface NotificationSubjectLine {
  readonly issueKey: string;
  /** The department's name, or null when it has none (triage). */
  readonly departmentName: string | null;
}

/** A message with the people it goes to, resolved when the app decides to send it. */
export interface Notice {
  readonly to: { readonly accountIds: readonly string[]; readonly groups: readonly string[] };
  readonly message: NotificationMessage;
}
