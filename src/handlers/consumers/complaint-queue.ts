import { processDueComplaints } from '../../usecases/sweep/run-sweep';
import { routeComplaint } from '../../usecases/routing/route-complaint';
import { createForgeComplaintRuntime } from '../wiring/runtime.wiring';
import { workEventSchema } from './work-job.schema';

/**
 * Consumer of `complaint-queue`: a share of a sweep's due complaints, or a routing retry. Each
 * job is safe to run twice (the queue delivers at least once): the trail's keys guard every send.
 */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = workEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a malformed queue job', parsed.error.issues);
    return;
  }
  const job = parsed.data.body;
  const runtime = await createForgeComplaintRuntime();
  if (job.kind === 'route') {
    const outcome = await routeComplaint(runtime, job.issueId);
    console.info(`Routing retry ${job.issueId}: ${outcome.kind}`);
    return;
  }
  console.info('Queued sweep share', JSON.stringify(await processDueComplaints(runtime, job.issueIds)));
};
