import type { WorkJob } from '../../ports/work-queue.port';
import { deliverMessages, type DeliveryTotals } from '../notifications/deliver-messages';
import { receiveIssueEvent, type ReceivedEvent, type ReceiveIssueEventDeps } from '../intake/receive-issue-event';
import { routeComplaint, type RouteOutcome } from '../routing/route-complaint';
import { processDueComplaints, type DueTotals } from '../sweep/process-due-complaints';

export type JobOutcome =
  | { readonly kind: 'route'; readonly route: RouteOutcome }
  | { readonly kind: 'due'; readonly totals: DueTotals }
  | { readonly kind: 'messages'; readonly totals: DeliveryTotals }
  | { readonly kind: 'event'; readonly received: ReceivedEvent };

/**
 * One job from the app's queue: a share of a sweep's due complaints or pending messages, a routing
 * retry, or an event whose complaint could not be read. Safe to run twice (the queue delivers at
 * least once): the trail's keys guard every change, and the outbox's claims every send.
 */
export const runQueuedJob = async (deps: ReceiveIssueEventDeps, job: WorkJob): Promise<JobOutcome> => {
  switch (job.kind) {
    case 'route':
      return { kind: 'route', route: await routeComplaint(deps, job.issueId) };
    case 'due':
      return { kind: 'due', totals: await processDueComplaints(deps, job.issueIds) };
    case 'messages':
      return { kind: 'messages', totals: await deliverMessages(deps, job.refs) };
    case 'event':
      return { kind: 'event', received: await receiveIssueEvent(deps, job.event, job.attempt) };
  }
};
