import type { Satisfaction } from '../../domain/complaint';
import { NO, YES } from '../../jira/provisioning/complaint-fields';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';

/** What the advocate records of the call with the customer; null values: no rating (before the first close, or after a reopen). */
export interface CallRating {
  readonly satisfaction: Satisfaction | null;
  readonly consideredResolved: boolean | null;
}

/** The rating the advocate gives on Close. */
export type RecordedRating = { readonly [K in keyof CallRating]: NonNullable<CallRating[K]> };

/**
 * Writes the rating to the app's read-only Forge fields: Customer satisfaction, a number, and
 * Considered resolved, a string field (manifest.yml) that holds Yes or No, as `issueSnapshot` reads it.
 */
export const writeRating = (jira: Pick<JiraPort, 'setAppFieldValues'>, binding: ProjectBinding, issueId: string, rating: CallRating): Promise<void> =>
  jira.setAppFieldValues(issueId, [
    { fieldId: binding.fieldIds.satisfaction, value: rating.satisfaction },
    { fieldId: binding.fieldIds.consideredResolved, value: rating.consideredResolved === null ? null : rating.consideredResolved ? YES : NO },
  ]);

/**
 * The trail entry of the call, one per cycle: keyed by the reopens before it, so a reopened
 * complaint's next close adds a second entry, and the first keeps the earlier rating.
 */
export const callEntry = (row: ComplaintRecord, actorAccountId: string, at: number, rating: RecordedRating): KeyedTrailEntry => ({
  key: `call:${String(row.reopens)}`,
  issueId: row.issueId,
  at,
  kind: 'call_recorded',
  actorAccountId,
  reason: 'call.recorded',
  recipients: [],
  status: 'closed',
  satisfaction: rating.satisfaction,
  consideredResolved: rating.consideredResolved,
});
