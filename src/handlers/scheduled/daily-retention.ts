import { rollUpMonths } from '../../usecases/retention/roll-up-months';
import { startRetention } from '../../usecases/retention/start-retention';
import { runtimeDeps } from '../wiring/runtime.wiring';

/**
 * Scheduled daily: rolls up the ended months, then trims the trails of complaints closed longer
 * ago than the retention period; the queue carries on.
 */
export const handler = async (): Promise<void> => {
  const deps = await runtimeDeps();
  const rolledUp = await rollUpMonths(deps);
  const outcome = await startRetention(deps);
  if (rolledUp > 0 || outcome.trimmed > 0 || outcome.continued) console.info('Daily retention', JSON.stringify({ rolledUp, ...outcome }));
};
