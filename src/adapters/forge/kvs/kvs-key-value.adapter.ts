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

/**
 * Forge KVS's secret storage behind the same port: Forge encrypts these values and no query can
 * list them, so a secret is read only by its exact key. A missing key reads as undefined.
 */
export const forgeSecretStore: KeyValueStore = {
  get: (key) => wrap('secret get', key, () => kvs.getSecret<unknown>(key)),
  set: (key, value) => wrap('secret set', key, () => kvs.setSecret(key, value)),
  delete: (key) => wrap('secret delete', key, () => kvs.deleteSecret(key)),
};
