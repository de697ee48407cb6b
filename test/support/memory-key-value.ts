import type { KeyValueStore } from '../../src/ports/key-value.port';

/** A Map behind the KeyValueStore port, with a write counter for "changes nothing" assertions. */
export const memoryKeyValueStore = (): KeyValueStore & { readonly data: Map<string, unknown>; writes: number } => {
  const data = new Map<string, unknown>();
  const store = {
    data,
    writes: 0,
    get: (key: string) => Promise.resolve(data.get(key)),
    set: (key: string, value: unknown) => {
      store.writes += 1;
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
    delete: (key: string) => {
      store.writes += 1;
      data.delete(key);
      return Promise.resolve();
    },
  };
  return store;
};
