import { runQueuedJob, type JobOutcome } from '../../usecases/queue/run-queued-job';
import { runtimeDeps } from '../wiring/runtime.wiring';
import { workEventSchema } from './work-job.schema';

/** What the log says a job came to. */
const summaryOf = (outcome: JobOutcome): unknown => {
  switch (outcome.kind) {
    case 'route':
      return outcome.route.kind;
    case 'event':
      return outcome.received.kind;
    case 'due':
    case 'messages':
      return outcome.totals;
    case 'reconcile':
      return outcome.reconciled;
    case 'trim':
      return outcome.trimmed;
    case 'forget':
      return outcome.forgotten;
  }
};

/**
 * Consumer of `complaint-queue`: a share of a sweep's due complaints or pending messages, a routing
 * retry, an event to read again, or a share of a reconciliation pass or of the retention.
 */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = workEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a malformed queue job', parsed.error.issues);
    return;
  }
  const job = parsed.data.body;
  const outcome = await runQueuedJob(await runtimeDeps(), job);
  console.info('Queued job', JSON.stringify(job), JSON.stringify(summaryOf(outcome)));
};
