import { rollUpMonths } from '../../usecases/retention/roll-up-months';
import { startRetention } from '../../usecases/retention/start-retention';
import { runtimeDeps } from '../wiring/runtime.wiring';

/**
 * Scheduled daily: rolls up the ended months, then trims the trails of complaints closed longer
 * ago than the retention period and deletes the index rows past the horizon, which the rollups
 * now count; the queue carries on.
 */
export const handler = async (): Promise<void> => {
  const deps = await runtimeDeps();
  const rolledUp = await rollUpMonths(deps);
  const outcome = await startRetention(deps);
  const { trim, forget } = outcome;
  if (rolledUp > 0 || trim.trimmed > 0 || trim.continued || forget.forgotten > 0 || forget.continued) console.info('Daily retention', JSON.stringify({ rolledUp, ...outcome }));
};
