import { Queue } from '@forge/events';
import { AppError } from '../../domain/app-error';
import type { WorkJob, WorkQueue } from '../../ports/work-queue.port';

/** The queue manifest.yml declares a consumer for. */
export const COMPLAINT_QUEUE = 'complaint-queue';
// Forge takes at most 50 events per push and delays of at most 900 s.
const EVENTS_PER_PUSH = 50;
const MAX_DELAY_S = 900;

/** The async queue of `@forge/events` behind the WorkQueue port. */
export const createForgeWorkQueue = (queue = new Queue({ key: COMPLAINT_QUEUE })): WorkQueue => ({
  async push(jobs: readonly WorkJob[], delayMs = 0) {
    const delayInSeconds = Math.min(MAX_DELAY_S, Math.ceil(delayMs / 1000));
    for (let i = 0; i < jobs.length; i += EVENTS_PER_PUSH) {
      const events = jobs.slice(i, i + EVENTS_PER_PUSH).map((job) => ({ body: { ...job }, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) }));
      try {
        await queue.push(events);
      } catch (cause) {
        throw new AppError('INTERNAL', `Could not queue ${String(events.length)} jobs on ${COMPLAINT_QUEUE}`, { cause });
      }
    }
  },
});
