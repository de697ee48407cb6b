import { runQueuedJob } from '../../usecases/queue/run-queued-job';
import { runtimeDeps } from '../wiring/runtime.wiring';
import { workEventSchema } from './work-job.schema';

/** Consumer of `complaint-queue`: a share of a sweep's due complaints or pending messages, a routing retry, or an event to read again. */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = workEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a malformed queue job', parsed.error.issues);
    return;
  }
  const job = parsed.data.body;
  const outcome = await runQueuedJob(await runtimeDeps(), job);
  console.info('Queued job', JSON.stringify(job), outcome.kind === 'route' ? outcome.route.kind : outcome.kind === 'event' ? outcome.received.kind : JSON.stringify(outcome.totals));
};
