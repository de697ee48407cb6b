import { AppError } from '../../domain/app-error';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { advocateQueue, dueSoonBefore, QUEUE_LIMIT, type QueueItem } from '../../domain/desk/advocate-queue';
import type { AdvocateQueueRow, AdvocateQueueView } from '../../domain/desk/advocate-queue-view';
import { rolesOf } from '../../domain/workflow/roles-of';
import type { AdvocateQueueSource } from '../../ports/advocate-queue.port';
import type { CallerGroups } from '../../ports/caller.port';
import type { Clock } from '../../ports/clock.port';
import { ISSUE_SUMMARIES_LIMIT, type IssueSummaries } from '../../ports/issue-summaries.port';

/** Rows read at most: eleven short columns each, about 500 KB, well inside Forge SQL's answer. */
export const QUEUE_CANDIDATE_LIMIT = 2500;

export interface GetAdvocateQueueDeps {
  /** As the user: the advocate role comes from Jira's group membership, never the payload. */
  readonly caller: CallerGroups;
  readonly source: AdvocateQueueSource;
  /** As the user, so that what they may not browse is left out. */
  readonly summaries: IssueSummaries;
  readonly config: Pick<AppConfig, 'groups' | 'calendar' | 'departments'>;
  readonly clock: Clock;
}

export type GetAdvocateQueueOutcome = { readonly kind: 'queue'; readonly view: AdvocateQueueView } | { readonly kind: 'not_allowed' };

const shownLimit = Math.min(QUEUE_LIMIT, ISSUE_SUMMARIES_LIMIT);

/**
 * The listed items' summaries, as Jira shows them to the user. Jira's answer is also what says
 * which of them the user may browse, so without it nothing is listed: the queue fails closed.
 */
const summariesOf = async (summaries: IssueSummaries, items: readonly QueueItem[]): Promise<ReadonlyMap<string, string>> => {
  if (items.length === 0) return new Map();
  try {
    return await summaries.summariesOf(items.map((i) => i.issueId));
  } catch (cause) {
    throw new AppError('JIRA_ERROR', 'Jira did not say which of these complaints you may see, so none is listed. Try again in a moment.', { cause });
  }
};

/**
 * What awaits the advocate (design.md §4–6, issue 17): advocates only (the configured group, as
 * Jira reports the caller's groups). One read of the index, `advocateQueue` to place and order it,
 * and one Jira search as the user for the summaries of the most urgent `QUEUE_LIMIT`; a complaint
 * Jira does not show the user is left out.
 */
export const getAdvocateQueue = async (deps: GetAdvocateQueueDeps, accountId: string): Promise<GetAdvocateQueueOutcome> => {
  const groups = await deps.caller.groupsOfCaller();
  if (!rolesOf({ accountId, groups, isJiraAdmin: false }, null, deps.config).includes('advocate')) return { kind: 'not_allowed' };
  const now = deps.clock.now();
  const { calendar } = deps.config;
  const candidates = await deps.source.listAwaitingAdvocate({ now, dueBefore: dueSoonBefore(now, calendar), limit: QUEUE_CANDIDATE_LIMIT });
  const queue = advocateQueue(candidates, now, calendar);
  const listed = queue.slice(0, shownLimit);
  const summaries = await summariesOf(deps.summaries, listed);
  const names = new Map(deps.config.departments.map((d) => [d.id, d.name]));
  const shown = listed.filter((i) => summaries.has(i.issueId));
  const items = shown.map(
    (i): AdvocateQueueRow => ({
      issueId: i.issueId,
      issueKey: i.issueKey,
      summary: summaries.get(i.issueId) ?? '',
      departmentName: i.departmentId === null ? null : (names.get(i.departmentId) ?? i.departmentId),
      status: i.status,
      reason: i.reason,
      since: i.since,
      dueAt: i.dueAt,
      escalationLevel: i.escalationLevel,
    }),
  );
  return {
    kind: 'queue',
    view: {
      now,
      items,
      total: queue.length - (listed.length - shown.length),
      complete: candidates.length < QUEUE_CANDIDATE_LIMIT,
    },
  };
};
