import * as z from 'zod';
import { NO_RECONCILIATION, type ReconciliationState } from '../../../domain/reconciliation/reconciliation-pass';
import type { KeyValueStore } from '../../../ports/key-value.port';
import type { ReconciliationStateRepository } from '../../../ports/reconciliation-state.port';
import { kvsDocument } from './kvs-document';

const keyOf = (projectKey: string): string => `reconciliation:${projectKey}`;

const time = z.number().int().nonnegative();
const tally = { invocations: time, checked: time, healed: time };

const stateSchema = z.object({
  watermark: time.nullable(),
  pass: z.object({ startedAt: time, from: time, afterKey: z.string().min(1).nullable(), touchedAt: time, failedFrom: time.nullable(), ...tally }).nullable(),
  last: z.object({ startedAt: time, completedAt: time, ...tally }).nullable(),
}) satisfies z.ZodType<ReconciliationState>;

/**
 * One KVS document per project. One that no longer parses reads as no reconciliation yet: the
 * next pass then reads the first pass's two days, which heals the same complaints again, harmlessly.
 */
export const reconciliationStateRepository = (kv: KeyValueStore): ReconciliationStateRepository => ({
  load: async (projectKey) => (await kvsDocument(kv, keyOf(projectKey), stateSchema).load()) ?? NO_RECONCILIATION,
  save: (projectKey, state) => kvsDocument(kv, keyOf(projectKey), stateSchema).save(state),
});
