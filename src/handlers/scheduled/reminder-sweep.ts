import { runSweep } from '../../usecases/sweep/run-sweep';
import { runtimeDeps } from '../wiring/runtime.wiring';

/**
 * Scheduled every five minutes: sends the reminders and escalations that fell due, retries
 * unrouted complaints and the messages waiting in the outbox. Building the runtime migrates the
 * index first, which makes this the scheduled safety pass for migrations too. Forge does not retry a scheduled trigger that throws;
 * the next run, five minutes later, picks up whatever is still due.
 */
export const handler = async (): Promise<void> => {
  const result = await runSweep(await runtimeDeps());
  if (result.due > 0 || result.retried.due > 0) console.info('Reminder sweep', JSON.stringify(result));
};
