import type { AppConfig } from '../../domain/config/app-config.schema';
import { portalComplaint } from '../../domain/portal/portal-complaint';
import { summaryOf } from '../../jira/intake/issue-summary';
import type { Clock } from '../../ports/clock.port';
import type { JiraPort } from '../../ports/jira.port';
import type { Store } from '../../ports/store.port';

export interface GetPortalViewDeps {
  readonly store: Pick<Store, 'getComplaint' | 'trailOf'>;
  readonly config: Pick<AppConfig, 'calendar' | 'policy'>;
  readonly clock: Clock;
  /** As the app: an anonymous complaint's customer is neither its reporter nor a participant. */
  readonly jira: Pick<JiraPort, 'readIssue'>;
}

/**
 * The complaint as the customer may see it, for a caller already found to be its customer
 * (`findCustomerComplaint`). A request the index does not hold is not a complaint (or its event
 * is still on its way): `complaint` is null.
 */
export const getPortalView = async (deps: GetPortalViewDeps, issueId: string) => {
  const now = deps.clock.now();
  const row = await deps.store.getComplaint(issueId);
  const summary = row === null ? null : summaryOf(await deps.jira.readIssue(issueId, ['summary']));
  if (row === null || summary === null) return { now, complaint: null };
  return { now, complaint: portalComplaint({ row, trail: await deps.store.trailOf(issueId), summary, config: deps.config, now }) };
};
