import type { ContactDetailsInput } from '../domain/contact/contact-data';

/**
 * What a customer sees of a complaint on the portal: where it stands, in plain words, and what
 * they may do about it. Nothing internal crosses here: no employee's name or id (not the lead,
 * not the subject of the complaint), no internal note, no trail reason code, and the measures
 * only when a lead or advocate marked them shareable. Every field is listed; the resolver's
 * answer is parsed with a strict schema of this shape before it leaves the app.
 */
export interface PortalComplaint {
  readonly issueKey: string;
  /** The customer's own words, as raised. */
  readonly summary: string;
  /** Where it stands; the UI says it in plain words. */
  readonly stage: PortalStage;
  /** When the complaint reached this stage (epoch ms). */
  readonly stageSince: number;
  readonly raisedAt: number;
  /** The promised next step and when it is due, from the reminder policy and the measures deadline; null once closed. */
  readonly nextStep: PortalNextStep | null;
  /** Where the configured preset demands one: the final response's limit (epoch ms). */
  readonly regulatoryDeadline: number | null;
  /** The measures, only when marked shareable with the customer; null otherwise. */
  readonly sharedMeasures: string | null;
  /** True when the customer asked to stay anonymous: the department does not know who they are. */
  readonly anonymous: boolean;
  readonly escalation: PortalEscalation;
  readonly outcome: PortalOutcome;
}

export const PORTAL_STAGES = ['received', 'being_handled', 'measures_done', 'closed', 'withdrawn'] as const;
export type PortalStage = (typeof PORTAL_STAGES)[number];

/** The promised next step: `start` (someone starts work), `measures` (the measures are carried out), `call` (the advocate calls). */
export interface PortalNextStep {
  readonly step: 'start' | 'measures' | 'call';
  /** Epoch ms. */
  readonly dueAt: number;
  readonly overdue: boolean;
}

export const ESCALATION_GROUNDS = ['overdue', 'disagree'] as const;
export type EscalationGround = (typeof ESCALATION_GROUNDS)[number];

export interface PortalEscalation {
  /** The grounds the customer may escalate on now; empty when they may not (none applies, or once already in this stage). */
  readonly grounds: readonly EscalationGround[];
  /** When the customer last escalated in the current stage (epoch ms), or null. */
  readonly escalatedAt: number | null;
}

export interface PortalOutcome {
  /** Whether the customer may confirm the outcome now (after Measures done, or once closed). */
  readonly canConfirm: boolean;
  /** The customer's own last answer in this cycle, if any. */
  readonly confirmed: { readonly satisfaction: number | null; readonly resolved: boolean; readonly at: number } | null;
}

/** The portal's answer: the server's clock (the sandbox's can move) and the complaint, or null for a request that is not a complaint. */
export interface PortalView {
  readonly now: number;
  readonly complaint: PortalComplaint | null;
}

/** An anonymous complaint as the customer raises it through the app, which holds who they are. */
// A type, not an interface: the bridge's payloads are records.
export type AnonymousComplaintInput = {
  readonly summary: string;
  readonly description: string;
  /** A department id of the configuration, or absent for triage. */
  readonly departmentId?: string;
  /** How the advocate may reach the customer; kept with the app, shown only to advocates. */
  readonly contact: ContactDetailsInput;
};
