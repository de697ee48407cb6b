import * as z from 'zod';
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
  retried: z.object({ due: z.number(), sent: z.number(), gaveUp: z.number(), queued: z.number() }),
  outbox: z.object({
    pending: z.number(),
    gaveUp: z.number(),
    lastGiveUps: z.array(z.object({ issueId: z.string(), key: z.string(), issueKey: z.string(), reason: z.string(), at: z.number() })),
  }),
}) satisfies z.ZodType<SweepResult>;

/** The last sweep's result as one KVS document; one an older version wrote reads as none until the next sweep. */
export const sweepStatusRepository = (kv: KeyValueStore): SweepStatusRepository => kvsDocument(kv, LAST_SWEEP_KEY, sweepResultSchema);
