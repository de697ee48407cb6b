import { isOpen, type Complaint, type TrailEntry } from '../complaint';
import { OVERALL_ESCALATION_LEVEL, type Recipient } from '../reminders/reminder-plan';
import { escalationLevelSince } from '../reminders/trail-facts';

/** Why a customer may escalate (the portal contract's `EscalationGround`): the next step is overdue, or they disagree with the measures. */
export type EscalationGround = 'overdue' | 'disagree';

/** The customer's words on the portal (an escalation's reason, a "not resolved"): a short paragraph. */
export const MAX_CUSTOMER_WORDS = 1000;

/** What the portal's rules read of the index row: the stage (a status and when it began) and its due moment. */
export type StageRow = Pick<Complaint, 'status' | 'statusChangedAt'> & { readonly dueAt: number | null };

/**
 * Whether a trail entry belongs to the current stage: one stay in a status. A return or a reopen
 * changes the status, and so starts a new stage, even back in a status the complaint had before.
 */
export const inStage = (row: StageRow, entry: TrailEntry): boolean => entry.at >= row.statusChangedAt && entry.status === row.status;

/** When the customer escalated in the current stage, or null. */
export const customerEscalatedAt = (row: StageRow, trail: readonly TrailEntry[]): number | null =>
  trail.filter((e) => e.kind === 'customer_escalated' && inStage(row, e)).at(-1)?.at ?? null;

/** The trail key of the customer's escalation: one per stage, so the store's unique key refuses a second. */
export const customerEscalationKey = (row: StageRow): string => `customer-escalated:${String(row.statusChangedAt)}`;

/**
 * The grounds the customer may escalate on at `now`, none once they have escalated in this stage:
 * `overdue` when the promised next step is overdue (its due moment strictly before now, as the
 * panel and the dashboard count it), `disagree` once the lead has set measures (In progress,
 * Measures done).
 */
export const escalationGrounds = (row: StageRow, trail: readonly TrailEntry[], now: number): EscalationGround[] => {
  if (!isOpen(row) || customerEscalatedAt(row, trail) !== null) return [];
  return [
    ...(row.dueAt !== null && row.dueAt < now ? (['overdue'] as const) : []),
    ...(row.status === 'in_progress' || row.status === 'measures_done' ? (['disagree'] as const) : []),
  ];
};

/** One step up the ladder of design.md section 5, and who hears of it. */
export interface CustomerEscalationStep {
  readonly level: number;
  readonly recipients: readonly Recipient[];
}

/**
 * The step a customer's escalation takes: one level above the one the stage has reached, never past
 * the top, since the level only rises. The advocate and the escalation manager always hear of it
 * (a department without one escalates to the manager group, as `recipientsOf` resolves it); at
 * the top rung the manager group too.
 */
export const customerEscalationStep = (row: StageRow, trail: readonly TrailEntry[]): CustomerEscalationStep => {
  const level = Math.min(escalationLevelSince(trail, row.statusChangedAt) + 1, OVERALL_ESCALATION_LEVEL);
  return { level, recipients: level < OVERALL_ESCALATION_LEVEL ? ['advocate', 'escalation_manager'] : ['advocate', 'escalation_manager', 'manager_group'] };
};
