import type { IssueSnapshot } from '../../domain/intake/complaint-snapshot';
import { fieldsToRead } from '../../jira/intake/fields-to-read';
import { issueSnapshot } from '../../jira/intake/issue-snapshot';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import type { ComplaintRecord } from '../../ports/store.port';
import { handleComplaintEvent, type HandleComplaintEventDeps } from '../intake/handle-complaint-event';

/** The window a daily run looks back over: two days, so one missed run loses nothing. */
export const RECONCILE_DAYS = 2;
/** At most this many complaints per project and run: the JQL walk is bounded, as every walk over Jira must be. */
export const RECONCILE_MAX_ISSUES = 1000;
const ID_BATCH = 100;

// What Jira holds and the index copies; `updated` alone misses a change made in the same millisecond.
const COPIED = ['status', 'resolution', 'assigneeAccountId', 'measures', 'measuresDeadline', 'actionTaken', 'compensation', 'satisfaction', 'consideredResolved'] as const;
const differs = (row: ComplaintRecord, snapshot: IssueSnapshot): boolean => COPIED.some((field) => row[field] !== snapshot.complaint[field]);

export interface ReconcileProjectDeps extends HandleComplaintEventDeps {
  readonly jira: Pick<JiraPort, 'assign' | 'setAppFieldValues' | 'linkAsDuplicate' | 'searchIssues'>;
}

export interface ReconcileResult {
  readonly projectKey: string;
  readonly checked: number;
  readonly healed: number;
  /** False when the bound stopped the walk: more complaints changed than one run reads. */
  readonly complete: boolean;
}

/**
 * Daily reconciliation (design.md section 5): a bounded JQL search over the complaints updated
 * in the last RECONCILE_DAYS, compared with the index. A complaint the index lacks, or holds in
 * an older state than Jira, is handled as if its event had come, so a lost event is healed
 * (and an unrouted complaint routed). What changed inside a lost event (a return, say) is not
 * in Jira's current state, so the counters heal only from events.
 */
export const reconcileProject = async (deps: ReconcileProjectDeps, binding: ProjectBinding): Promise<ReconcileResult> => {
  const jql = `project = "${binding.projectKey}" AND issuetype = ${binding.issueTypeId} AND updated >= -${String(RECONCILE_DAYS)}d ORDER BY updated ASC`;
  const found = await deps.jira.searchIssues(jql, fieldsToRead(binding), RECONCILE_MAX_ISSUES);
  const snapshots = found.issues.flatMap((issue) => issueSnapshot(issue, binding, deps.config) ?? []);
  let healed = 0;
  for (let i = 0; i < snapshots.length; i += ID_BATCH) {
    const batch = snapshots.slice(i, i + ID_BATCH);
    const rows = new Map((await deps.store.getComplaints(batch.map((s) => s.complaint.issueId))).map((r) => [r.issueId, r]));
    for (const snapshot of batch) {
      const row = rows.get(snapshot.complaint.issueId);
      if (row !== undefined && row.jiraUpdatedAt >= snapshot.updatedAt && !differs(row, snapshot)) continue;
      try {
        await handleComplaintEvent(deps, binding, { snapshot, entries: [] });
        healed += 1;
      } catch (error) {
        console.error(`Reconciliation: complaint ${snapshot.complaint.issueKey} could not be healed`, error);
      }
    }
  }
  return { projectKey: binding.projectKey, checked: snapshots.length, healed, complete: found.complete };
};
