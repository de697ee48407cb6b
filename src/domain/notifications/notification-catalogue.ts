import type { QueueReason } from '../desk/advocate-queue';
import type { EscalationGround } from '../portal/customer-escalation';
import type { EscalationReason, ReminderReason } from '../reminders/reminder-plan';
import type { RouteReason } from '../routing/route-decision';
import type { NotificationMessage } from './notification-message';

export type NotificationKind = NotificationMessage['kind'];

/**
 * The words of every message, in one language. Each part is a Record over a closed union, so a
 * language that misses a key (or has an extra one) does not compile. Templates take `{issueKey}`
 * and `{department}` (a body also `{satisfaction}`, a digest's subject `{count}`); the phrases are whole sentences without placeholders.
 */
export interface NotificationCatalogue {
  /** The language's own name, heading its part of a message written in several languages. */
  readonly languageName: string;
  readonly subject: Readonly<Record<NotificationKind, string>>;
  /** The opening of the body: what happened and what is asked of the reader. */
  readonly body: Readonly<Record<NotificationKind, string>>;
  readonly routeReason: Readonly<Record<RouteReason, string>>;
  readonly reminderReason: Readonly<Record<ReminderReason, string>>;
  readonly escalationReason: Readonly<Record<EscalationReason, string>>;
  /** Why the customer escalated from the portal. */
  readonly customerGround: Readonly<Record<EscalationGround, string>>;
  /** Why a complaint awaits the advocate, as a digest's line names it. */
  readonly queueReason: Readonly<Record<QueueReason, string>>;
  /** The digest's own phrases (issue 17). */
  readonly digest: {
    /** One line's reason and day: `{reason}` and `{date}`. */
    readonly line: string;
    /** Counts the complaints not listed: `{count}`. */
    readonly more: string;
    /** Where the queue is: `{projectKey}`. */
    readonly queue: string;
    /** The queue's address on the site: `{path}`. */
    readonly path: string;
  };
  readonly label: {
    readonly department: string;
    /** Stands in for `{department}` when the complaint has none (triage). */
    readonly noDepartment: string;
    readonly dueDate: string;
    /** Labels the reason given for a return or reopen. */
    readonly reason: string;
    /** Labels the customer's own words from the portal. */
    readonly customerWords: string;
    readonly openComplaint: string;
    /** Labels the triage suggestion: routed automatically on it, suggested for triage, or accepted on a re-route. */
    readonly suggestion: Readonly<Record<'routed' | 'triage' | 'rerouted', string>>;
    /** The suggestion's department and confidence: `{department}` and `{percent}`. */
    readonly suggested: string;
  };
}
