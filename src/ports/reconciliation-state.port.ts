import type { ReconciliationState } from '../domain/reconciliation/reconciliation-pass';

/** Each project's reconciliation (its watermark and the pass under way), kept between invocations. */
export interface ReconciliationStateRepository {
  /** The project's state; `NO_RECONCILIATION` before its first pass. */
  load(projectKey: string): Promise<ReconciliationState>;
  save(projectKey: string, state: ReconciliationState): Promise<void>;
}
