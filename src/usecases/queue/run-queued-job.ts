import type { WorkJob } from '../../ports/work-queue.port';
import { routeComplaint, type RouteComplaintDeps, type RouteOutcome } from '../routing/route-complaint';
import { processDueComplaints, type DueTotals } from '../sweep/process-due-complaints';

export type JobOutcome = { readonly kind: 'route'; readonly route: RouteOutcome } | { readonly kind: 'due'; readonly totals: DueTotals };

/**
 * One job from the app's queue: a share of a sweep's due complaints, or a routing retry. Safe to
 * run twice (the queue delivers at least once): the trail's keys guard every send.
 */
export const runQueuedJob = async (deps: RouteComplaintDeps, job: WorkJob): Promise<JobOutcome> =>
  job.kind === 'route' ? { kind: 'route', route: await routeComplaint(deps, job.issueId) } : { kind: 'due', totals: await processDueComplaints(deps, job.issueIds) };
