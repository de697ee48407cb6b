import { z } from 'zod';
import type { KeyValueStore } from '../../../ports/key-value.port';
import { kvsDocument } from './kvs-document';
import type { SweepResult, SweepStatusRepository } from '../../../ports/sweep-status.port';

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

/** The last sweep's result as one KVS document. */
export const sweepStatusRepository = (kv: KeyValueStore): SweepStatusRepository => kvsDocument(kv, LAST_SWEEP_KEY, sweepResultSchema);
