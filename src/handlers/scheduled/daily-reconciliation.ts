import { reconcileProjects } from '../../usecases/reconciliation/reconcile-projects';
import { runtimeDeps } from '../wiring/runtime.wiring';

/** Scheduled daily: heals the index from events that were lost, project by project. */
export const handler = async (): Promise<void> => {
  for (const result of await reconcileProjects(await runtimeDeps())) console.info('Daily reconciliation', JSON.stringify(result));
};
