import type { ReconciliationPass } from '../domain/reconciliation/reconciliation-pass';
import type { IssueEvent } from '../jira/intake/issue-event.schema';
import type { MessageRef } from './message-outbox.port';

/** Work handed to the async queue (Forge `@forge/events`), to run in its own invocation. */
export type WorkJob =
  /** Due complaints of a sweep that one invocation should not handle alone. */
  | { readonly kind: 'due'; readonly issueIds: readonly string[] }
  /** Pending messages of a sweep to deliver again, more than one invocation should send alone. */
  | { readonly kind: 'messages'; readonly refs: readonly MessageRef[] }
  /** A routing attempt to retry after Jira refused one. */
  | { readonly kind: 'route'; readonly issueId: string }
  /** An issue event whose complaint Jira could not be read for; `attempt` counts the reads so far. */
  | { readonly kind: 'event'; readonly event: IssueEvent; readonly attempt: number }
  /** A project's reconciliation, to carry on from where its pass stands; `attempt` counts the tries of this share. */
  | { readonly kind: 'reconcile'; readonly projectKey: string; readonly pass: ReconciliationPass; readonly attempt: number }
  /** The retention's trimming of complaints closed before `closedBefore` (epoch ms), to carry on. */
  | { readonly kind: 'trim'; readonly closedBefore: number }
  /** The retention's deletion of trimmed complaints closed before `horizon` (epoch ms), to carry on. */
  | { readonly kind: 'forget'; readonly horizon: number };

export interface WorkQueue {
  /** Queues the jobs, to start after `delayMs` (rounded up to seconds; Forge allows up to 15 minutes). */
  push(jobs: readonly WorkJob[], delayMs?: number): Promise<void>;
}
