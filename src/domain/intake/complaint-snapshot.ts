import type { Complaint } from '../complaint';

/** How the complaint names its department: not at all, by a configured department, or by a name the configuration no longer has. */
export type DepartmentRef =
  | { readonly kind: 'none' }
  | { readonly kind: 'known'; readonly id: string }
  | { readonly kind: 'unknown'; readonly name: string };

/**
 * What Jira says of a complaint at one moment: everything but what only the app knows (first
 * action, follow-up, counters, and the responsible person, which the app writes and never reads back).
 */
export interface IssueSnapshot {
  readonly complaint: Omit<Complaint, 'firstActionAt' | 'followUpOf' | 'returns' | 'reopens' | 'responsibleAccountId'>;
  readonly department: DepartmentRef;
  readonly summary: string;
  /** The description as plain text ('' when none): with the summary, what the triage suggestion reads. */
  readonly description: string;
  /** The key in the Duplicate of field (upper case), or null: what a complaint closed as a duplicate duplicates. */
  readonly duplicateOf: string | null;
  /** The keys this issue already "duplicates" through Jira's Duplicate link. */
  readonly duplicates: readonly string[];
  /** Jira's `updated`: orders snapshots, so that an event that arrives late never undoes a newer one. */
  readonly updatedAt: number;
}
