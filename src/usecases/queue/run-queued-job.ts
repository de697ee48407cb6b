import type { WorkJob } from '../../ports/work-queue.port';
import { deliverMessages, type DeliveryTotals } from '../notifications/deliver-messages';
import { receiveIssueEvent, type ReceivedEvent, type ReceiveIssueEventDeps } from '../intake/receive-issue-event';
import { reconcileProject, type ReconcileOutcome, type ReconcileProjectDeps } from '../reconciliation/reconcile-project';
import { forgetClosedComplaints, type ForgetClosedComplaintsDeps, type ForgetOutcome } from '../retention/forget-closed-complaints';
import { trimClosedComplaints, type TrimClosedComplaintsDeps, type TrimOutcome } from '../retention/trim-closed-complaints';
import { routeComplaint, type RouteOutcome } from '../routing/route-complaint';
import { processDueComplaints, type DueTotals, type ProcessDueComplaintsDeps } from '../sweep/process-due-complaints';

export type JobOutcome =
  | { readonly kind: 'route'; readonly route: RouteOutcome }
  | { readonly kind: 'due'; readonly totals: DueTotals }
  | { readonly kind: 'messages'; readonly totals: DeliveryTotals }
  | { readonly kind: 'event'; readonly received: ReceivedEvent }
  | { readonly kind: 'reconcile'; readonly reconciled: ReconcileOutcome }
  | { readonly kind: 'trim'; readonly trimmed: TrimOutcome }
  | { readonly kind: 'forget'; readonly forgotten: ForgetOutcome };

export type RunQueuedJobDeps = ReceiveIssueEventDeps & ProcessDueComplaintsDeps & ReconcileProjectDeps & TrimClosedComplaintsDeps & ForgetClosedComplaintsDeps;

/**
 * One job from the app's queue: a share of a sweep's due complaints or pending messages, a routing
 * retry, an event whose complaint could not be read, a share of a reconciliation pass, or of the
 * retention's trimming or deleting. Safe to
 * run twice (the queue delivers at least once): the trail's keys guard every change and the
 * outbox's claims every send, and a reconciliation share runs only while its pass stands where
 * the job says.
 */
export const runQueuedJob = async (deps: RunQueuedJobDeps, job: WorkJob): Promise<JobOutcome> => {
  switch (job.kind) {
    case 'route':
      return { kind: 'route', route: await routeComplaint(deps, job.issueId) };
    case 'due':
      return { kind: 'due', totals: await processDueComplaints(deps, job.issueIds) };
    case 'messages':
      return { kind: 'messages', totals: await deliverMessages(deps, job.refs) };
    case 'event':
      return { kind: 'event', received: await receiveIssueEvent(deps, job.event, job.attempt) };
    case 'reconcile':
      return { kind: 'reconcile', reconciled: await reconcileProject(deps, job.projectKey, job.pass, job.attempt) };
    case 'trim':
      return { kind: 'trim', trimmed: await trimClosedComplaints(deps, job.closedBefore) };
    case 'forget':
      return { kind: 'forget', forgotten: await forgetClosedComplaints(deps, job.horizon) };
  }
};
