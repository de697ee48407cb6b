import type { PanelSuggestion } from '../domain/panel/panel-suggestion';
import type { Channel, ComplaintStatus, Resolution, TrailKind } from '../domain/complaint';
import type { ContactRecord } from '../domain/contact/contact-data';
import type { Role } from '../domain/workflow/roles';

/** The actions the panel can offer; each has its resolver key (see resolver-contracts.ts). */
export const PANEL_ACTIONS = [
  'start_work',
  'revise_measures',
  'mark_done',
  'close',
  'return_for_rework',
  'reopen',
  'withdraw',
  'mark_duplicate',
  'reroute',
  'nudge',
  'open_follow_up',
] as const;
export type PanelAction = (typeof PANEL_ACTIONS)[number];

/** When the current step falls due, and which step that is. */
export interface PanelDue {
  /** Epoch ms. */
  readonly at: number;
  /** The status whose step is due (Registered: start work; In progress: the measures; Measures done: the call). */
  readonly step: Exclude<ComplaintStatus, 'closed'>;
}

/** A regulatory limit that applies to the complaint, under the configured preset. */
export interface PanelRegulatoryDeadline {
  readonly kind: 'response' | 'final' | 'summaryResolution';
  /** Epoch ms. */
  readonly at: number;
}

/** One line of the trail, as the index keeps it; the UI translates `reason` and `kind`. */
export interface PanelTrailEntry {
  readonly at: number;
  readonly kind: TrailKind;
  /** null when the app itself acted. */
  readonly actorAccountId: string | null;
  /** A stable reason code (`routing.lead`, `reminder.registered`, `rerouted.by_advocate`, …). */
  readonly reason: string;
  /** `user:<accountId>`, `group:<name>`, or an abstract role (`assignee`, `advocate`, `escalation_manager`, `manager_group`). */
  readonly recipients: readonly string[];
  readonly status: ComplaintStatus;
  readonly level?: number;
  /** The reason a person gave (return, reopen, re-route, withdraw…). */
  readonly note?: string;
  /** On the call's entry: the rating of that cycle, and whether the customer considered it resolved. */
  readonly satisfaction?: number;
  readonly consideredResolved?: boolean;
  /** On a rolled-up reminder line: how many reminders it stands for (more than one); `at` is the last one's. */
  readonly times?: number;
}

/** A person the resolver may name: one of a department's lead, deputy or escalation manager. */
export interface PanelDepartmentChoice {
  readonly id: string;
  readonly name: string;
  /** Whom a re-route to this department may name, in the order lead, deputy, escalation manager. */
  readonly people: readonly { readonly accountId: string; readonly role: 'lead' | 'deputy' | 'escalation_manager' }[];
}

/** What the triage model suggested, for an advocate while the complaint waits in triage (issue 17). */
export type { PanelSuggestion };

/** Everything the issue panel shows, in one resolver answer (`panel/view`). */
export interface PanelView {
  /** The server's clock (epoch ms), which "time left" counts from: the sandbox's clock can be moved. */
  readonly now: number;
  readonly complaint: {
    readonly issueKey: string;
    readonly status: ComplaintStatus;
    readonly resolution: Resolution | null;
    readonly department: { readonly id: string; readonly name: string } | null;
    readonly responsibleAccountId: string | null;
    readonly channel: Channel | null;
    readonly anonymous: boolean;
    readonly measures: string | null;
    /** `YYYY-MM-DD`. */
    readonly measuresDeadline: string | null;
    readonly actionTaken: string | null;
    readonly compensation: number | null;
    readonly satisfaction: number | null;
    readonly consideredResolved: boolean | null;
    readonly returns: number;
    readonly reopens: number;
    readonly followUpOf: string | null;
    readonly due: PanelDue | null;
    readonly escalationLevel: number;
    readonly regulatoryDeadlines: readonly PanelRegulatoryDeadline[];
  };
  readonly trail: readonly PanelTrailEntry[];
  /** The caller's roles on this complaint. */
  readonly roles: readonly Role[];
  /** What the caller may do now, from the workflow table (`availableActions`), in the table's order. */
  readonly actions: readonly PanelAction[];
  /** Display names of every account the view mentions (responsible, actors, recipients, re-route choices). */
  readonly names: Readonly<Record<string, string>>;
  readonly forms: {
    /** Today in the business time zone, `YYYY-MM-DD`: the earliest Measures deadline. */
    readonly today: string;
    /** ISO 4217 code of the configured currency. */
    readonly currency: string;
    /** When the complaint was last nudged today (epoch ms), or null: Nudge is offered again the next business day. */
    readonly nudgedToday: number | null;
    /** The departments a re-route may choose, when the caller may re-route; empty otherwise. */
    readonly departments: readonly PanelDepartmentChoice[];
  };
  /**
   * Present only for an advocate on an anonymous complaint: the customer's contact data, null
   * while none is recorded. Absent for everyone else: never sent to them.
   */
  readonly contact?: ContactRecord | null;
  /**
   * Present only for an advocate while the complaint waits in triage (no department): the
   * suggestion, or null when the model had none. Accepting it is `complaint/accept-suggestion`.
   */
  readonly suggestion?: PanelSuggestion | null;
}
