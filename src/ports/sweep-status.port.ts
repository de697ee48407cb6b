import type { OutboxHealth } from './message-outbox.port';

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
  /**
   * The pending messages the sweep found due for another attempt: it delivered the first share
   * itself (`sent` of them went out, `gaveUp` gave up) and `queued` the rest.
   */
  readonly retried: { readonly due: number; readonly sent: number; readonly gaveUp: number; readonly queued: number };
  /** The outbox as the sweep left it: what waits, and what gave up. */
  readonly outbox: OutboxHealth;
}

/** The last sweep's time and result, which the admin page's health check shows. */
export interface SweepStatusRepository {
  /** The last sweep's result; null before the first sweep. */
  load(): Promise<SweepResult | null>;
  save(result: SweepResult): Promise<void>;
}
