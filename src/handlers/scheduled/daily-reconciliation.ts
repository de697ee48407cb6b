import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { loadProjectBindings } from '../../adapters/forge/kvs/project-binding.repository';
import { reconcileComplaints } from '../../usecases/reconciliation/reconcile-complaints';
import { createForgeComplaintRuntime } from '../wiring/runtime.wiring';

/** Scheduled daily: heals the index from events that were lost, project by project. */
export const handler = async (): Promise<void> => {
  const bindings = await loadProjectBindings(forgeKeyValueStore);
  if (bindings.length === 0) return;
  const runtime = await createForgeComplaintRuntime();
  for (const binding of bindings) {
    const result = await reconcileComplaints(runtime, binding);
    console.info('Daily reconciliation', JSON.stringify(result));
  }
};
