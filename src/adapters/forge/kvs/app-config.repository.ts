import type { AppConfig } from '../../../domain/config/app-config.schema';
import { defaultConfig, parseConfig } from '../../../domain/config/parse-config';
import type { KeyValueStore } from '../../../ports/key-value.port';

/** Where the admin page keeps the configuration in Forge KVS. */
export const CONFIG_KEY = 'config';

/**
 * The stored configuration, defaults filled in.
 * @throws AppError INVALID_CONFIG if what is stored no longer validates.
 */
export const loadAppConfig = async (kv: KeyValueStore): Promise<AppConfig> => parseConfig(await kv.get(CONFIG_KEY));

/** Stores the default configuration if there is none yet; a stored one is left as it is. Returns what is stored now. */
export const seedDefaultConfig = async (kv: KeyValueStore): Promise<AppConfig> => {
  const stored = await kv.get(CONFIG_KEY);
  if (stored !== undefined && stored !== null) return parseConfig(stored);
  const config = defaultConfig();
  await kv.set(CONFIG_KEY, config);
  return config;
};
