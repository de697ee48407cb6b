import type { ComplaintStatus, TrailKind } from '../../domain/complaint';
import type { ChangeEntry } from '../../domain/intake/complaint-event';
import { statusOfId, type ProjectBinding } from '../provisioning/project-binding';

export interface ChangeItem {
  readonly field: string;
  readonly fieldId?: string | undefined;
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
  /** The new value as text (the changelog's `toString`): where Jira writes a text field's value, its `to` being null. */
  readonly toText?: string | null | undefined;
}

export interface IssueChange {
  readonly issueId: string;
  /** Jira's changelog id; the trail key of each entry derives from it, so a change is recorded once however often it arrives. */
  readonly changelogId: string;
  readonly items: readonly ChangeItem[];
  readonly at: number;
  readonly actorAccountId: string | null;
  /** Made by the app itself (its own assign): not a person's re-route. */
  readonly selfGenerated: boolean;
  /** The complaint's status in the issue the event carries. */
  readonly status: ComplaintStatus;
}

/** What a status change means on the trail: a return and a reopen are counted, a close ends the timers. */
const kindOf = (from: ComplaintStatus | null, to: ComplaintStatus): TrailKind => {
  if (to === 'closed') return 'closed';
  if (to === 'in_progress' && from === 'measures_done') return 'returned';
  if (to === 'in_progress' && from === 'closed') return 'reopened';
  return 'transitioned';
};

/** Status changes that a person must give a reason for (design.md section 3). */
const WITH_REASON: ReadonlySet<TrailKind> = new Set(['returned', 'reopened', 'closed']);

/**
 * The trail entries that one Jira change stands for: a status change, and a person's assignment
 * (made in Jira, which routing must never undo, and which grants nothing). Other field edits
 * leave no entry. A return, reopen or closing carries the reason given on its transition screen,
 * which the same change writes into the Reason field.
 */
export const changeEntries = (change: IssueChange, binding: ProjectBinding): ChangeEntry[] => {
  const entries: ChangeEntry[] = [];
  const fieldOf = (item: ChangeItem): string => item.fieldId ?? item.field;
  const reason = change.items.find((item) => binding.fieldIds.reason !== '' && fieldOf(item) === binding.fieldIds.reason)?.toText?.trim();
  for (const item of change.items) {
    if (fieldOf(item) === 'status') {
      const to = statusOfId(binding, item.to);
      if (to === null) continue;
      const from = statusOfId(binding, item.from);
      const kind = kindOf(from, to);
      entries.push({
        key: `changelog:${change.changelogId}:status`,
        issueId: change.issueId,
        at: change.at,
        kind,
        actorAccountId: change.actorAccountId,
        reason: `status.${to}`,
        recipients: [],
        status: to,
        ...(WITH_REASON.has(kind) && reason ? { note: reason } : {}),
      });
    }
    if (fieldOf(item) === 'assignee' && !change.selfGenerated && item.to) {
      entries.push({
        key: `changelog:${change.changelogId}:assignee`,
        issueId: change.issueId,
        at: change.at,
        kind: 'rerouted',
        actorAccountId: change.actorAccountId,
        reason: 'rerouted.in_jira',
        recipients: [`user:${item.to}`],
        status: change.status,
      });
    }
  }
  return entries;
};
