import { appConfigRepository } from '../src/adapters/forge/kvs/app-config.repository';
import { projectBindingRepository } from '../src/adapters/forge/kvs/project-binding.repository';
import { reconciliationStateRepository } from '../src/adapters/forge/kvs/reconciliation-state.repository';
import { sweepStatusRepository } from '../src/adapters/forge/kvs/sweep-status.repository';
import type { KeyValueStore } from '../src/ports/key-value.port';
import type { KvsTable } from './host/kvs-table';

/** The namespace in which `@forge/kvs` keeps plain values. */
const VALUES = 'value';

/**
 * The app's own repositories over the host's KVS: the sandbox and the tests read and write what
 * the app keeps there through the app's front door, never by its storage keys, so the keys stay
 * the app's own business.
 */
export const appStorage = (table: KvsTable) => {
  const kv: KeyValueStore = {
    get: (key) => Promise.resolve(table.get(VALUES, key)?.value),
    set: (key, value) => {
      table.put(VALUES, key, value, null);
      return Promise.resolve();
    },
    delete: (key) => {
      table.remove(VALUES, key);
      return Promise.resolve();
    },
  };
  return {
    configs: appConfigRepository(kv),
    bindings: projectBindingRepository(kv),
    sweeps: sweepStatusRepository(kv),
    reconciliations: reconciliationStateRepository(kv),
  };
};
