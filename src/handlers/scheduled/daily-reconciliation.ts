import { reconcileProjects } from '../../usecases/reconciliation/reconcile-projects';
import { runtimeDeps } from '../wiring/runtime.wiring';

/** Scheduled daily: starts each project's reconciliation pass, which the queue carries on. */
export const handler = async (): Promise<void> => {
  for (const started of await reconcileProjects(await runtimeDeps())) console.info('Daily reconciliation', JSON.stringify(started));
};
