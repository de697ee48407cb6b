import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FunctionInvoker } from './function-invoker';
import type { ConsumerDef } from './manifest-model';
import { ok, platformError, type ServiceReply } from './service-reply';
import type { WorkTracker } from './work-tracker';

/**
 * Forge's async events (@forge/events `Queue`), which reach the platform as
 * `__requestAtlassianAsApp('/webhook/queue/{publish,stats,cancel}/…')`. Each pushed event goes
 * to the manifest's consumer of that queue as `handler({ body, queueName, jobId, eventId }, context)`.
 * `delayInSeconds` counts on the sandbox clock, and the events it holds can be handed over as
 * data, for a sandbox that stops to keep them. A consumer that throws counts as failed; Forge's
 * retries are not emulated.
 */
export interface QueueService {
  handle(path: string, body: unknown): ServiceReply;
  /** Delivers the delayed events whose time has come on the sandbox clock; resolves when their consumers have finished. */
  runDue(): Promise<void>;
  /** The delayed events not yet delivered, as data: a sandbox that stops keeps them for its next start. */
  held(): HeldQueueEvent[];
  /** Takes back the events `held` gave, as if they had been pushed again with the same due time. */
  restore(events: readonly HeldQueueEvent[]): void;
  clear(): void;
}

/** A pushed event waiting for its `delayInSeconds` on the sandbox clock. */
export interface HeldQueueEvent {
  readonly dueAt: number;
  readonly queueName: string;
  readonly jobId: string;
  /** What the consumer will receive: the pushed event with its queue name, job id and event id. */
  readonly event: Readonly<Record<string, unknown>>;
}

export const heldQueueEventSchema = z.object({
  dueAt: z.number(),
  queueName: z.string(),
  jobId: z.string(),
  event: z.record(z.string(), z.unknown()),
}) satisfies z.ZodType<HeldQueueEvent>;

const pushRequest = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().optional() }).loose()),
});
const jobRequest = z.object({ queueName: z.string(), jobId: z.string() });

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

export const createQueueService = (deps: {
  consumers: readonly ConsumerDef[];
  invoker: FunctionInvoker;
  tracker: WorkTracker;
  now: () => number;
  log: (line: string) => void;
}): QueueService => {
  const jobs = new Map<string, JobStats>();
  let delayed: HeldQueueEvent[] = [];

  const deliver = (consumer: ConsumerDef, job: JobStats, event: Readonly<Record<string, unknown>>): Promise<unknown> => {
    if (job.cancelled) {
      job.inProgress -= 1;
      return Promise.resolve();
    }
    const run = deps.invoker.invoke({ functionKey: consumer.functionKey, moduleKey: consumer.key, event }).then(
      () => {
        job.success += 1;
      },
      (error: unknown) => {
        job.failed += 1;
        deps.log(`queue ${consumer.queue}: consumer ${consumer.functionKey} failed: ${String(error)}`);
      },
    );
    const finished = run.finally(() => (job.inProgress -= 1));
    deps.tracker.track(finished);
    return finished;
  };

  const publish = (body: unknown): ServiceReply => {
    const { queueName, jobId, payload } = pushRequest.parse(body);
    const consumer = deps.consumers.find((c) => c.queue === queueName);
    if (!consumer) return platformError(400, 'INVALID_QUEUE', `No consumer listens to queue ${queueName} in the manifest`);
    const job: JobStats = { success: 0, inProgress: payload.length, failed: 0, cancelled: false };
    jobs.set(jobId, job);
    for (const pushed of payload) {
      const event = { ...pushed, queueName, jobId, eventId: randomUUID() };
      const delayMs = (pushed.delayInSeconds ?? 0) * 1000;
      if (delayMs > 0) delayed.push({ dueAt: deps.now() + delayMs, queueName, jobId, event });
      // Forge answers the push before any consumer runs.
      else
        deps.tracker.track(
          new Promise((resolve) => setImmediate(resolve)).then(() => deliver(consumer, job, event)),
        );
    }
    return { status: 201, body: {} };
  };

  const stats = (body: unknown): ServiceReply => {
    const job = jobs.get(jobRequest.parse(body).jobId);
    return job ? ok({ success: job.success, inProgress: job.inProgress, failed: job.failed }) : platformError(404, 'JOB_NOT_FOUND', 'No such job');
  };

  const cancel = (body: unknown): ServiceReply => {
    const job = jobs.get(jobRequest.parse(body).jobId);
    if (!job) return platformError(404, 'JOB_NOT_FOUND', 'No such job');
    job.cancelled = true;
    return { status: 204 };
  };

  const routes: readonly (readonly [string, (body: unknown) => ServiceReply])[] = [
    ['/webhook/queue/publish/', publish],
    ['/webhook/queue/stats/', stats],
    ['/webhook/queue/cancel/', cancel],
  ];

  return {
    handle: (path, body) => {
      const route = routes.find(([prefix]) => path.startsWith(prefix));
      if (!route) return platformError(501, 'NOT_SUPPORTED', `The sandbox does not emulate ${path}`);
      try {
        return route[1](body);
      } catch (error) {
        if (error instanceof z.ZodError) return platformError(400, 'BAD_REQUEST', z.prettifyError(error));
        throw error;
      }
    },
    runDue: async () => {
      const now = deps.now();
      const due = delayed.filter((d) => d.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
      delayed = delayed.filter((d) => d.dueAt > now);
      const runs: Promise<unknown>[] = [];
      for (const held of due) {
        const consumer = deps.consumers.find((c) => c.queue === held.queueName);
        const job = jobs.get(held.jobId);
        // Only a held event restored under a manifest without its queue lacks either.
        if (consumer && job) runs.push(deliver(consumer, job, held.event));
        else deps.log(`queue ${held.queueName}: no consumer in the manifest; a held event of job ${held.jobId} is dropped`);
      }
      await Promise.all(runs);
    },
    held: () => [...delayed],
    restore: (events) => {
      for (const held of events) {
        const job = jobs.get(held.jobId) ?? { success: 0, inProgress: 0, failed: 0, cancelled: false };
        job.inProgress += 1;
        jobs.set(held.jobId, job);
        delayed.push(held);
      }
    },
    clear: () => {
      delayed = [];
      jobs.clear();
    },
  };
};
