import type { TrailEntry } from '../complaint';
import type { IssueSnapshot } from './complaint-snapshot';

/** A trail entry with the key that makes it idempotent (for example `changelog:10042:status`). */
export type ChangeEntry = TrailEntry & { readonly key: string };

/** What one issue event, or one reconciled issue, tells of a complaint. */
export interface ComplaintEvent {
  readonly snapshot: IssueSnapshot;
  /** The trail entries its change stands for (for a reconciled issue, those of its changelog); none for a created event. */
  readonly entries: readonly ChangeEntry[];
  /** The project was never set up, so nothing but the status category could be read: triage, with that reason. */
  readonly projectNotSetUp?: boolean;
}
