import type { ComplaintStatus, Resolution } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { dueOf, type PanelComplaintRow } from '../panel/panel-complaint';
import { regulatoryDeadlines } from '../reminders/regulatory-deadlines';

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
  readonly row: PanelComplaintRow;
  /** The issue's summary in Jira: the customer's own words. */
  readonly summary: string;
  readonly config: Pick<AppConfig, 'calendar' | 'policy'>;
  readonly now: number;
}

/**
 * What the customer sees of their complaint: only the fields listed here, none naming an employee
 * or an internal note. The measures are never shared yet, and the escalation and the outcome are
 * closed to the customer until their rules are in place.
 */
export const portalComplaint = ({ row, summary, config, now }: PortalComplaintInput) => ({
  issueKey: row.issueKey,
  summary,
  stage: portalStage(row.status, row.resolution),
  stageSince: row.statusChangedAt,
  raisedAt: row.createdAt,
  nextStep: portalNextStep(row, now),
  regulatoryDeadline: regulatoryDeadlines(config.calendar, config.policy.overall, row.createdAt).final ?? null,
  sharedMeasures: null,
  anonymous: row.anonymous,
  escalation: { grounds: [], escalatedAt: null },
  outcome: { canConfirm: false, confirmed: null },
});
