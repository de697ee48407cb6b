import { z } from 'zod';
import type { KeyValueStore } from '../../../ports/key-value.port';
import type { SweepResult } from '../../../usecases/sweep/run-sweep';

/** The last sweep's time and result, which the admin page's health check shows. */
const LAST_SWEEP_KEY = 'sweep:last';

const sweepResultSchema = z.object({
  at: z.number(),
  due: z.number(),
  handled: z.number(),
  queued: z.number(),
  reminders: z.number(),
  escalations: z.number(),
  routed: z.number(),
  failed: z.number(),
}) satisfies z.ZodType<SweepResult>;

export const saveLastSweep = (kv: KeyValueStore, result: SweepResult): Promise<void> => kv.set(LAST_SWEEP_KEY, result);

export const loadLastSweep = async (kv: KeyValueStore): Promise<SweepResult | null> => {
  const parsed = sweepResultSchema.safeParse(await kv.get(LAST_SWEEP_KEY));
  return parsed.success ? parsed.data : null;
};
