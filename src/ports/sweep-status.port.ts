/** What one reminder sweep did. */
export interface SweepResult {
  readonly at: number;
  readonly due: number;
  readonly handled: number;
  readonly queued: number;
  readonly reminders: number;
  readonly escalations: number;
  readonly routed: number;
  readonly failed: number;
}

/** The last sweep's time and result, which the admin page's health check shows. */
export interface SweepStatusRepository {
  /** The last sweep's result; null before the first sweep. */
  load(): Promise<SweepResult | null>;
  save(result: SweepResult): Promise<void>;
}
