import { runQueuedJob } from '../../usecases/queue/run-queued-job';
import { runtimeDeps } from '../wiring/runtime.wiring';
import { workEventSchema } from './work-job.schema';

/** Consumer of `complaint-queue`: a share of a sweep's due complaints, or a routing retry. */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = workEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a malformed queue job', parsed.error.issues);
    return;
  }
  const outcome = await runQueuedJob(await runtimeDeps(), parsed.data.body);
  if (outcome.kind === 'route') console.info(`Routing retry ${parsed.data.body.kind === 'route' ? parsed.data.body.issueId : ''}: ${outcome.route.kind}`);
  else console.info('Queued sweep share', JSON.stringify(outcome.totals));
};
