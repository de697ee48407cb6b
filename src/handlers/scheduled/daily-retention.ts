import { startRetention } from '../../usecases/retention/start-retention';
import { runtimeDeps } from '../wiring/runtime.wiring';

/** Scheduled daily: trims the trails of complaints closed longer ago than the retention period; the queue carries on. */
export const handler = async (): Promise<void> => {
  const outcome = await startRetention(await runtimeDeps());
  if (outcome.trimmed > 0 || outcome.continued) console.info('Daily retention', JSON.stringify(outcome));
};
