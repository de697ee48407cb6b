import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { runSweep } from '../../usecases/sweep/run-sweep';
import { saveLastSweep } from '../../adapters/forge/kvs/sweep-status.repository';
import { createForgeComplaintRuntime } from '../wiring/runtime.wiring';

/**
 * Scheduled every five minutes: sends the reminders and escalations that fell due and retries
 * unrouted complaints. Creating the runtime migrates the index first, which makes this the
 * scheduled safety pass for migrations too. Forge does not retry a scheduled trigger that throws;
 * the next run, five minutes later, picks up whatever is still due.
 */
export const handler = async (): Promise<void> => {
  const result = await runSweep(await createForgeComplaintRuntime());
  await saveLastSweep(forgeKeyValueStore, result);
  if (result.due > 0) console.info('Reminder sweep', JSON.stringify(result));
};
