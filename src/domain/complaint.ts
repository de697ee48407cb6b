/**
 * The complaint as the app sees it: the index row kept per Jira issue.
 * Times are epoch milliseconds in UTC; calendar dates are `YYYY-MM-DD` in the business time zone.
 */
export const STATUSES = ['registered', 'in_progress', 'measures_done', 'closed'] as const;
export type ComplaintStatus = (typeof STATUSES)[number];

export const CHANNELS = ['phone', 'email', 'portal', 'in_person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RESOLUTIONS = ['done', 'withdrawn', 'duplicate'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** What the complaint is about: an employee (by Jira account) or a service (free text). */
export type Subject =
  | { readonly kind: 'employee'; readonly accountId: string }
  | { readonly kind: 'service'; readonly name: string };

/** Whether a subject is this employee: nobody routes to, or acts on, a complaint about themselves. */
export const isAbout = (subject: Subject | null, accountId: string): boolean => subject?.kind === 'employee' && subject.accountId === accountId;

export type Satisfaction = 1 | 2 | 3 | 4 | 5;

export interface Complaint {
  readonly issueId: string;
  readonly issueKey: string;
  readonly projectKey: string;
  /** Configured department id; null when the registrar gave none (triage). */
  readonly departmentId: string | null;
  readonly subject: Subject | null;
  readonly channel: Channel | null;
  readonly anonymous: boolean;
  readonly status: ComplaintStatus;
  readonly resolution: Resolution | null;
  /** Jira's assignee: anyone with Assign Issues may change it, so it grants nothing (see `responsibleAccountId`). */
  readonly assigneeAccountId: string | null;
  /**
   * The person routing chose (lead, deputy or escalation manager), kept in the app's read-only
   * Forge field "Responsible": with the advocate and manager groups, the only source of workflow
   * power. Null in triage, where the advocates hold the complaint. Only the app's routing (and its
   * re-route) sets it; an issue snapshot never carries it.
   */
  readonly responsibleAccountId: string | null;
  readonly reporterAccountId: string | null;
  readonly measures: string | null;
  /** `YYYY-MM-DD`, a calendar date in the business time zone. */
  readonly measuresDeadline: string | null;
  readonly actionTaken: string | null;
  /** In the configured currency, minor units avoided on purpose: Jira's number field is a double. */
  readonly compensation: number | null;
  readonly satisfaction: Satisfaction | null;
  readonly consideredResolved: boolean | null;
  readonly returns: number;
  readonly reopens: number;
  /** Key of the complaint this one follows up, if any. */
  readonly followUpOf: string | null;
  readonly createdAt: number;
  readonly statusChangedAt: number;
  /** First time the complaint left Registered (Start work). */
  readonly firstActionAt: number | null;
  readonly closedAt: number | null;
}

export const isOpen = (c: Pick<Complaint, 'status'>): boolean => c.status !== 'closed';

/** The index keeps the first this many characters of the free texts (measures, action taken); Jira keeps them whole. */
export const INDEXED_TEXT_CHARS = 1000;

/** A free text as the index keeps it: cut by characters (code points, as MySQL counts them), never inside a surrogate pair. */
export const indexedText = (text: string | null): string | null =>
  text === null || text.length <= INDEXED_TEXT_CHARS ? text : Array.from(text).slice(0, INDEXED_TEXT_CHARS).join('');

export const TRAIL_KINDS = [
  'routed',
  'rerouted',
  'transitioned',
  'reminded',
  'escalated',
  'returned',
  'reopened',
  'closed',
  'nudged',
  'follow_up_opened',
  /** The customer's contact data was recorded or erased; the entry never holds the data itself. */
  'contact_changed',
  'duplicate_linked',
  /** The advocate recorded the call with the customer: satisfaction and "considers it resolved", one entry per cycle. */
  'call_recorded',
  /**
   * The customer escalated from the portal, once per stay in a status: `reason` names the ground,
   * `note` holds their words, `level` the ladder's level after it. No actor: an anonymous customer
   * must not be named on a trail that the department reads.
   */
  'customer_escalated',
  /** The customer answered on the portal: `satisfaction` and `consideredResolved`, or "not resolved" with their words in `note`. */
  'customer_confirmed',
  /**
   * The triage suggestion met a decision (issue 17): `reason` says whether the advocate accepted or
   * overrode it, or the app routed on it by itself; `note` names the department and confidence.
   */
  'suggestion',
] as const;
export type TrailKind = (typeof TRAIL_KINDS)[number];

/** One line of a complaint's history, as the panel shows it. */
export interface TrailEntry {
  readonly issueId: string;
  readonly at: number;
  readonly kind: TrailKind;
  /** null when the app itself acted (routing, reminders). */
  readonly actorAccountId: string | null;
  /** A stable reason code (e.g. `routing.lead`), translated by the UI. */
  readonly reason: string;
  /**
   * Who was reached. Reminders and escalations store the abstract recipient roles
   * (`assignee`, `advocate`, `escalation_manager`, `manager_group`), which the reminder policy
   * reads back for its once-a-day rule; routing stores `user:<accountId>` or `group:<name>`.
   */
  readonly recipients: readonly string[];
  /** Escalation level after this entry, for `escalated`. */
  readonly level?: number;
  /** The status the complaint had when the entry was written. */
  readonly status: ComplaintStatus;
  readonly note?: string;
  /** On the entry of the advocate's call (`call_recorded`): the rating of that cycle, kept when the complaint is reopened. */
  readonly satisfaction?: Satisfaction;
  readonly consideredResolved?: boolean;
  /** On a rolled-up reminder row (`reminder-history.ts`): how many reminders it stands for; `at` is the last one's. */
  readonly times?: number;
}
