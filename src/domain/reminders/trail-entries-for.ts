import type { Complaint, TrailEntry } from '../complaint';
import type { DueAction } from './reminder-plan';

/**
 * The trail entries that record `actions` sent at `at`. The use case writes exactly these, so the
 * engine reads back what it planned: roles as recipients, the reason code, the escalation level.
 */
export const trailEntriesFor = (
  complaint: Pick<Complaint, 'issueId' | 'status'>,
  actions: readonly DueAction[],
  at: number,
): TrailEntry[] =>
  actions.map((action) => ({
    issueId: complaint.issueId,
    at,
    kind: action.kind === 'reminder' ? 'reminded' : 'escalated',
    actorAccountId: null,
    reason: action.reason,
    recipients: action.recipients,
    status: complaint.status,
    ...(action.kind === 'escalation' ? { level: action.level } : {}),
  }));
