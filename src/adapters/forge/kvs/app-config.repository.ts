import { defaultConfig, parseConfig } from '../../../domain/config/parse-config';
import type { AppConfigRepository } from '../../../ports/app-config.port';
import type { KeyValueStore } from '../../../ports/key-value.port';

/** Where the configuration lives in Forge KVS. */
const CONFIG_KEY = 'config';

/** The configuration as one KVS document, validated on the way in and out. */
export const appConfigRepository = (kv: KeyValueStore): AppConfigRepository => ({
  load: async () => parseConfig(await kv.get(CONFIG_KEY)),
  async seedDefault() {
    const stored = await kv.get(CONFIG_KEY);
    if (stored !== undefined && stored !== null) return parseConfig(stored);
    const config = defaultConfig();
    await kv.set(CONFIG_KEY, config);
    return config;
  },
  async save(config) {
    const parsed = parseConfig(config);
    await kv.set(CONFIG_KEY, parsed);
    return parsed;
  },
});
