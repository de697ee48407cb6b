import type { ChangeEntry } from '../../domain/intake/complaint-event';
import type { IssueSnapshot } from '../../domain/intake/complaint-snapshot';
import { healingNeed, type HealingNeed } from '../../domain/intake/healing-need';
import { changelogEntries, changelogFieldsOf } from '../../jira/intake/changelog-entries';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import { handleComplaintEvent, type HandleComplaintEventDeps } from '../intake/handle-complaint-event';

export interface HealComplaintsDeps extends HandleComplaintEventDeps {
  readonly jira: HandleComplaintEventDeps['jira'] & Pick<JiraPort, 'changelogs'>;
}

export interface HealedShare {
  /** How many of the page's issues, from its start, were looked at before `stop` said so. */
  readonly looked: number;
  readonly healed: number;
  /** The earliest `updated` of a complaint that could not be healed: the watermark must not pass it. Null when none failed. */
  readonly failedFrom: number | null;
}

/** The change entries of the complaints whose history is needed: one changelog read for all of them. */
const historiesOf = async (deps: HealComplaintsDeps, binding: ProjectBinding, wanted: readonly IssueSnapshot[]): Promise<Map<string, ChangeEntry[]>> => {
  if (wanted.length === 0) return new Map();
  const logs = await deps.jira.changelogs(
    wanted.map((s) => s.complaint.issueId),
    changelogFieldsOf(binding),
  );
  return new Map(wanted.map((s) => [s.complaint.issueId, changelogEntries(s.complaint.issueId, logs.get(s.complaint.issueId) ?? [], binding, s.complaint.status)]));
};

/**
 * One page of a reconciliation pass: each complaint that the index lacks, holds in another state,
 * or last saw before a later change is handled as its lost events would have been, with the
 * change entries of its Jira changelog. The entries carry the events' own trail keys, so each
 * message ("measures done", returned, reopened) goes out once, whether the event or the
 * reconciliation comes first; a complaint not routed is routed. Only those complaints' changelogs
 * are read, in one call. `stop` is asked before each complaint: the invocation's budget.
 */
export const healComplaints = async (
  deps: HealComplaintsDeps,
  binding: ProjectBinding,
  page: readonly (IssueSnapshot | null)[],
  stop: () => boolean,
): Promise<HealedShare> => {
  const snapshots = page.filter((s) => s !== null);
  const rows = new Map((await deps.store.getComplaints(snapshots.map((s) => s.complaint.issueId))).map((r) => [r.issueId, r]));
  const needs = new Map<IssueSnapshot, HealingNeed>(snapshots.map((s) => [s, healingNeed(rows.get(s.complaint.issueId) ?? null, s)]));
  const histories = await historiesOf(
    deps,
    binding,
    snapshots.filter((s) => needs.get(s) === 'history'),
  );
  let looked = 0;
  let healed = 0;
  let failedFrom: number | null = null;
  for (const snapshot of page) {
    if (stop()) break;
    looked += 1;
    if (snapshot === null || needs.get(snapshot) === 'none') continue;
    try {
      await handleComplaintEvent(deps, binding, { snapshot, entries: histories.get(snapshot.complaint.issueId) ?? [] });
      healed += 1;
    } catch (error) {
      console.error(`Reconciliation: complaint ${snapshot.complaint.issueKey} could not be healed; the next pass reads it again`, error);
      failedFrom = Math.min(failedFrom ?? snapshot.updatedAt, snapshot.updatedAt);
    }
  }
  return { looked, healed, failedFrom };
};
