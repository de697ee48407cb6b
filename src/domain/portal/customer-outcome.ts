import type { Complaint, Satisfaction, TrailEntry } from '../complaint';
import { inStage, type StageRow } from './customer-escalation';

/** The customer's answer on the portal: a rating, or "not resolved" in their words. */
export type CustomerAnswer = { readonly resolved: true; readonly satisfaction: Satisfaction } | { readonly resolved: false; readonly words: string };

/**
 * Whether the customer may confirm the outcome: at Measures done, instead of the advocate's call
 * when the advocate cannot reach them, and once closed as done, after it. A withdrawn or duplicate
 * complaint had no outcome to confirm.
 */
export const mayConfirmOutcome = (row: Pick<Complaint, 'status' | 'resolution'>): boolean =>
  row.status === 'measures_done' || (row.status === 'closed' && row.resolution === 'done');

/** The customer's answer in the current stage, as the portal shows it back; null before they answered. */
export const customerAnswerOf = (
  row: StageRow,
  trail: readonly TrailEntry[],
): { readonly satisfaction: number | null; readonly resolved: boolean; readonly at: number } | null => {
  const entry = trail.filter((e) => e.kind === 'customer_confirmed' && inStage(row, e)).at(-1);
  return entry === undefined ? null : { satisfaction: entry.satisfaction ?? null, resolved: entry.consideredResolved === true, at: entry.at };
};

/** The trail key of the customer's answer: one per stage, so a second answer in the same stage is refused by the store. */
export const customerAnswerKey = (row: StageRow): string => `customer-outcome:${String(row.statusChangedAt)}`;

/** Whether the customer may answer now: an allowed status, and no answer yet in this stage. */
export const canConfirmOutcome = (row: StageRow & Pick<Complaint, 'resolution'>, trail: readonly TrailEntry[]): boolean =>
  mayConfirmOutcome(row) && customerAnswerOf(row, trail) === null;
