import { kvs } from '@forge/kvs';
import { AppError } from '../../../domain/app-error';
import type { KeyValueStore } from '../../../ports/key-value.port';

const wrap = async <T>(op: string, key: string, run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (cause) {
    throw new AppError('STORE_ERROR', `Forge KVS ${op} of "${key}" failed`, { cause });
  }
};

/** Forge KVS behind the KeyValueStore port. A missing key reads as undefined. */
export const forgeKeyValueStore: KeyValueStore = {
  get: (key) => wrap('get', key, () => kvs.get<unknown>(key)),
  set: (key, value) => wrap('set', key, () => kvs.set(key, value)),
  delete: (key) => wrap('delete', key, () => kvs.delete(key)),
};
