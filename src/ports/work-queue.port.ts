/** Work handed to the async queue (Forge `@forge/events`), to run in its own invocation. */
export type WorkJob =
  /** Due complaints of a sweep that one invocation should not handle alone. */
  | { readonly kind: 'due'; readonly issueIds: readonly string[] }
  /** A routing attempt to retry after Jira refused one. */
  | { readonly kind: 'route'; readonly issueId: string };

export interface WorkQueue {
  /** Queues the jobs, to start after `delayMs` (rounded up to seconds; Forge allows up to 15 minutes). */
  push(jobs: readonly WorkJob[], delayMs?: number): Promise<void>;
}
