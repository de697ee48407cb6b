import type { ComplaintStatus, Resolution, TrailEntry } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { dueOf, type PanelComplaintRow } from '../panel/panel-complaint';
import { regulatoryDeadlines } from '../reminders/regulatory-deadlines';
import { customerEscalatedAt, escalationGrounds } from './customer-escalation';
import { canConfirmOutcome, customerAnswerOf } from './customer-outcome';

export type PortalStageName = 'received' | 'being_handled' | 'measures_done' | 'closed' | 'withdrawn';
export type PortalStepName = 'start' | 'measures' | 'call';

const STAGE_OF_STATUS: Readonly<Record<ComplaintStatus, PortalStageName>> = {
  registered: 'received',
  in_progress: 'being_handled',
  measures_done: 'measures_done',
  closed: 'closed',
};

/** What is promised next in each open status: someone starts, the measures are carried out, the advocate calls. */
const STEP_OF_STATUS: Readonly<Record<Exclude<ComplaintStatus, 'closed'>, PortalStepName>> = {
  registered: 'start',
  in_progress: 'measures',
  measures_done: 'call',
};

/** Where the complaint stands for the customer: a withdrawn one says so; a duplicate is simply closed. */
export const portalStage = (status: ComplaintStatus, resolution: Resolution | null): PortalStageName =>
  status === 'closed' && resolution === 'withdrawn' ? 'withdrawn' : STAGE_OF_STATUS[status];

/** The promised next step and its moment, from the same due moment the issue panel shows; none once closed or while unknown. */
export const portalNextStep = (row: Pick<PanelComplaintRow, 'status' | 'dueAt'>, now: number) => {
  const due = dueOf(row);
  if (due === null) return null;
  return { step: STEP_OF_STATUS[due.step], dueAt: due.at, overdue: now > due.at };
};

export interface PortalComplaintInput {
  /** With the measures text the lead or advocate shared with the customer, if any. */
  readonly row: PanelComplaintRow & { readonly sharedMeasures: string | null };
  /** The complaint's trail: the customer's escalation and answer of the current stage. */
  readonly trail: readonly TrailEntry[];
  /** The issue's summary in Jira: the customer's own words. */
  readonly summary: string;
  readonly config: Pick<AppConfig, 'calendar' | 'policy'>;
  readonly now: number;
}

/**
 * What the customer sees of their complaint: only the fields listed here, none naming an employee
 * or an internal note. The measures only while they are the text a lead or advocate shared: changed
 * since by anyone in Jira, they wait for the next share.
 */
export const portalComplaint = ({ row, trail, summary, config, now }: PortalComplaintInput) => ({
  issueKey: row.issueKey,
  summary,
  stage: portalStage(row.status, row.resolution),
  stageSince: row.statusChangedAt,
  raisedAt: row.createdAt,
  nextStep: portalNextStep(row, now),
  regulatoryDeadline: regulatoryDeadlines(config.calendar, config.policy.overall, row.createdAt).final ?? null,
  sharedMeasures: row.measures !== null && row.measures === row.sharedMeasures ? row.measures : null,
  anonymous: row.anonymous,
  escalation: { grounds: escalationGrounds(row, trail, now), escalatedAt: customerEscalatedAt(row, trail) },
  outcome: { canConfirm: canConfirmOutcome(row, trail), confirmed: customerAnswerOf(row, trail) },
});
