import type { AppConfig } from '../../domain/config/app-config.schema';
import { portalComplaint } from '../../domain/portal/portal-complaint';
import { summariesById } from '../../jira/intake/issue-summary';
import type { AnonymousComplaintLinks } from '../../ports/anonymous-complaints.port';
import type { Clock } from '../../ports/clock.port';
import type { JiraPort } from '../../ports/jira.port';
import type { Store } from '../../ports/store.port';

/** The profile panel lists this many of the customer's anonymous complaints, the newest. */
export const ANONYMOUS_LIST_LIMIT = 50;

export interface ListAnonymousComplaintsDeps {
  readonly links: Pick<AnonymousComplaintLinks, 'linksOf'>;
  readonly store: Pick<Store, 'getComplaint' | 'trailOf'>;
  readonly config: Pick<AppConfig, 'calendar' | 'policy' | 'departments'>;
  readonly clock: Clock;
  /** As the app, which created them: the customer is neither reporter nor participant. */
  readonly jira: Pick<JiraPort, 'searchIssues'>;
}

/**
 * The customer's anonymous complaints as the portal shows them, newest first, with the configured
 * departments their form may name. Their summaries come in one search as the app; a complaint
 * the index or Jira no longer has (deleted, or forgotten by the retention) is left out.
 */
export const listAnonymousComplaints = async (deps: ListAnonymousComplaintsDeps, accountId: string) => {
  const now = deps.clock.now();
  const links = (await deps.links.linksOf(accountId)).slice(0, ANONYMOUS_LIST_LIMIT);
  const departments = deps.config.departments.map(({ id, name }) => ({ id, name }));
  if (links.length === 0) return { now, complaints: [], departments };
  const [found, rows] = await Promise.all([
    deps.jira.searchIssues(`id in (${links.map((link) => link.issueId).join(', ')})`, ['summary'], ANONYMOUS_LIST_LIMIT),
    Promise.all(links.map((link) => deps.store.getComplaint(link.issueId))),
  ]);
  const summaries = summariesById(found.issues);
  const shown = rows.flatMap((row) => {
    const summary = row === null ? undefined : summaries.get(row.issueId);
    return row === null || summary === undefined ? [] : [{ row, summary }];
  });
  // Each complaint's trail says whether its customer escalated or answered in its current stage.
  const complaints = await Promise.all(
    shown.map(async ({ row, summary }) => portalComplaint({ row, trail: await deps.store.trailOf(row.issueId), summary, config: deps.config, now })),
  );
  return { now, complaints, departments };
};
