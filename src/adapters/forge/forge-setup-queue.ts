import { Queue } from '@forge/events';
import { AppError } from '../../domain/app-error';
import type { SetupQueue } from '../../ports/setup-queue.port';

/** The queue manifest.yml declares the Set up project consumer for. */
export const SETUP_QUEUE = 'setup-queue';

/** The async queue of `@forge/events` behind the SetupQueue port. */
export const createForgeSetupQueue = (queue = new Queue({ key: SETUP_QUEUE })): SetupQueue => ({
  async push(projectKey) {
    try {
      await queue.push([{ body: { projectKey } }]);
    } catch (cause) {
      throw new AppError('INTERNAL', `Could not queue Set up project for ${projectKey}`, { cause });
    }
  },
});
