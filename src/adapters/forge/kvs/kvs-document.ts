import type { z } from 'zod';
import type { KeyValueStore } from '../../../ports/key-value.port';

/** One KVS document, checked on the way out: a value that no longer parses (an older version's) reads as none. */
export const kvsDocument = <T>(kv: KeyValueStore, key: string, schema: z.ZodType<T>) => ({
  async load(): Promise<T | null> {
    const parsed = schema.safeParse(await kv.get(key));
    return parsed.success ? parsed.data : null;
  },
  save: (value: T): Promise<void> => kv.set(key, value),
});
