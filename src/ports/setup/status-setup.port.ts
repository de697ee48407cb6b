import type { StatusSpec } from '../../jira/provisioning/complaint-statuses';
import type { ExistingStatus } from './setup-shapes';

/** The global statuses the complaint workflow uses. One method per Jira call (or paged listing). */
export interface StatusSetup {
  /** `GET /statuses/search`, global statuses only, every page. */
  statuses(): Promise<ExistingStatus[]>;
  /** `POST /statuses`, global scope. */
  createStatuses(specs: readonly StatusSpec[]): Promise<ExistingStatus[]>;
}
